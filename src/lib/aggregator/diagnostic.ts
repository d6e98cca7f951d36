/**
 * Error text that is safe to keep in feed-state.json and to publish: terminal escape sequences
 * and other control or bidi-override characters removed (util.stripVTControlCharacters, then the
 * rest), local file paths replaced, whitespace collapsed, and the length capped.
 */
import { stripVTControlCharacters } from 'node:util';
import { capText } from './normalize/text.ts';

/** The longest diagnostic kept, in UTF-16 code units. */
export const DIAGNOSTIC_MAX = 300;

const CONTROLS = /[\p{Cc}\p{Cf}]/gu;
// An absolute POSIX or Windows path, or a file: URL: where a file lives on this machine is not public.
const LOCAL_PATH = /file:\/\/\S*|(?<![\w.:/])\/(?:[\w.@+-]+\/)+[\w.@+-]*|[A-Za-z]:\\[^\s"']+/g;

/** `message` made safe to store and publish. */
export function safeDiagnostic(message: string): string {
	const text = stripVTControlCharacters(message)
		.replace(CONTROLS, ' ')
		.replace(LOCAL_PATH, '(a local path)')
		.replace(/\s+/g, ' ')
		.trim();
	return capText(text, DIAGNOSTIC_MAX) || 'unknown error';
}
