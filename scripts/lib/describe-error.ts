/**
 * Turns whatever a failed build threw into a short, readable report: the message first (which
 * names the file and field for content errors), then the location and hint when Astro gives them.
 * Stack traces are left out unless asked for: they describe our code, not the reader's mistake.
 */
import { stripVTControlCharacters } from 'node:util';

interface ErrorLike {
	name?: unknown;
	message?: unknown;
	hint?: unknown;
	loc?: { file?: unknown; line?: unknown; column?: unknown };
	cause?: unknown;
}

/** Lines describing `error` for the console. */
export function describeBuildError(error: unknown): string[] {
	if (typeof error !== 'object' || error === null) return [`Build failed: ${String(error)}`];
	const e = error as ErrorLike;
	const lines = [`Build failed: ${clean(String(e.message ?? e.name ?? 'unknown error'))}`];
	if (e.loc && typeof e.loc.file === 'string') {
		const position = [e.loc.line, e.loc.column].filter((n) => typeof n === 'number' && n > 0);
		lines.push(`  at ${[relativeToCwd(e.loc.file), ...position].join(':')}`);
	}
	if (typeof e.hint === 'string' && e.hint !== '')
		lines.push(`  hint: ${stripVTControlCharacters(e.hint)}`);
	if (e.cause instanceof Error && e.cause.message && !String(e.message).includes(e.cause.message)) {
		lines.push(`  cause: ${stripVTControlCharacters(e.cause.message)}`);
	}
	return lines;
}

/**
 * A message without colour codes, Markdown emphasis or stack frames (bundler errors embed the
 * stack of the plugin that threw in their message).
 */
function clean(message: string): string {
	return stripVTControlCharacters(message)
		.replace(/\*\*/g, '')
		.split('\n')
		.filter((line) => !/^\s+at .+(\(|file:|node:)/.test(line))
		.join('\n')
		.trimEnd();
}

function relativeToCwd(file: string): string {
	const cwd = `${process.cwd()}/`;
	return file.startsWith(cwd) ? file.slice(cwd.length) : file;
}
