/**
 * The order says neither "testing" nor "review"; those words are outlets' framing. In the site's
 * own voice they may appear only inside quotation marks, attributed. This finds them elsewhere.
 */
import type { ProseItem } from './own-prose.ts';

const PRESS_WORDS = /\b(?:test(?:s|ed|ing)?|review(?:s|ed|ing)?)\b/gi;

/** Proper names that contain one of the words and are not our framing. */
const NAMES = ['Testing Risks of AI for National Security'];

/** One use of a press word in our own voice. */
export interface VoiceProblem {
	file: string;
	entry: string;
	field: string;
	word: string;
	context: string;
}

/** `text` with quoted spans, `<Quote>` blocks and allowed names blanked out. */
function unquoted(text: string): string {
	let out = text.replace(/<Quote\b[\s\S]*?<\/Quote>/g, ' ');
	out = out.replace(/"[^"\n]*"|“[^”]*”/g, ' ');
	for (const name of NAMES) out = out.split(name).join(' ');
	return out;
}

/** Press words in our own prose, outside quotation marks. Paraphrases of a source are exempt. */
export function voiceProblems(items: readonly ProseItem[]): VoiceProblem[] {
	const problems: VoiceProblem[] = [];
	for (const item of items) {
		if (item.reported) continue;
		const text = unquoted(item.text);
		for (const m of text.matchAll(PRESS_WORDS)) {
			const at = m.index ?? 0;
			const context = text.slice(Math.max(0, at - 50), at + 50).replace(/\s+/g, ' ');
			problems.push({ file: item.file, entry: item.entry, field: item.field, word: m[0], context });
		}
	}
	return problems;
}
