/**
 * An event's label in at most two lines, broken at spaces: the whole title when it fits, else
 * the best cut at a word boundary. Pure; widths are counted in characters, as the packer does.
 */
import { truncate } from '../site.ts';

/** A label's lines (one or two) and whether the title had to be cut to fit them. */
export interface WrappedLabel {
	lines: string[];
	cut: boolean;
}

/**
 * `title` in lines of at most `lineChars` characters: one line when it fits; else two, split at
 * the space that makes the longer line shortest (the narrowest label); else, for a title too long
 * for two lines, as much of it as fills the first line at a word boundary and the rest cut with
 * an ellipsis on the second.
 */
export function wrapLabel(title: string, lineChars: number): WrappedLabel {
	const clean = title.replace(/\s+/g, ' ').trim();
	if (clean.length <= lineChars) return { lines: [clean], cut: false };
	let best: [string, string] | null = null;
	for (let i = clean.indexOf(' '); i !== -1; i = clean.indexOf(' ', i + 1)) {
		const [first, second] = [clean.slice(0, i), clean.slice(i + 1)];
		if (first.length > lineChars) break;
		if (second.length > lineChars) continue;
		// Ties go to the longer first line, which reads better above a shorter one.
		if (!best || Math.max(first.length, second.length) <= Math.max(best[0].length, best[1].length))
			best = [first, second];
	}
	if (best) return { lines: best, cut: false };
	const space = clean.lastIndexOf(' ', lineChars);
	const split = space > lineChars / 2 ? space : lineChars;
	const rest = clean.slice(split).trim();
	return { lines: [clean.slice(0, split).trim(), truncate(rest, lineChars)], cut: true };
}
