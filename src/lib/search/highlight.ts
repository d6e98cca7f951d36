/**
 * Highlighting as data: a text and the ranges that matched become segments, each marked or not,
 * for the page to turn into text nodes and `<mark>` elements (never HTML strings). A long text is
 * cut to a window around its first match.
 */

/** A piece of text, highlighted or not. */
export interface Segment {
	text: string;
	mark: boolean;
}

/** Sorted, merged, in-bounds ranges (inclusive ends), ignoring matches shorter than `min`. */
export function mergeRanges(
	ranges: ReadonlyArray<readonly [number, number]>,
	length: number,
	min = 2,
): Array<[number, number]> {
	const sorted = ranges
		.map(([a, b]) => [Math.max(0, a), Math.min(length - 1, b)] as [number, number])
		.filter(([a, b]) => b - a + 1 >= min)
		.sort((x, y) => x[0] - y[0]);
	const out: Array<[number, number]> = [];
	for (const [a, b] of sorted) {
		const last = out.at(-1);
		if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
		else out.push([a, b]);
	}
	return out;
}

/** `text` as segments, marked where `ranges` say. */
export function segments(
	text: string,
	ranges: ReadonlyArray<readonly [number, number]>,
): Segment[] {
	const out: Segment[] = [];
	let at = 0;
	for (const [a, b] of mergeRanges(ranges, text.length)) {
		if (a > at) out.push({ text: text.slice(at, a), mark: false });
		out.push({ text: text.slice(a, b + 1), mark: true });
		at = b + 1;
	}
	if (at < text.length) out.push({ text: text.slice(at), mark: false });
	return out;
}

/**
 * A snippet of at most `max` characters around the first match, on word boundaries, with
 * ellipses where it was cut, and its ranges shifted to match.
 */
export function snippet(
	text: string,
	ranges: ReadonlyArray<readonly [number, number]>,
	max = 180,
): Segment[] {
	if (text.length <= max) return segments(text, ranges);
	const first = mergeRanges(ranges, text.length)[0]?.[0] ?? 0;
	let start = Math.max(0, first - Math.floor(max / 3));
	if (start > 0) start = text.indexOf(' ', start) + 1 || start;
	let end = Math.min(text.length, start + max);
	if (end < text.length)
		end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
	const shifted = ranges.map(([a, b]) => [a - start, b - start] as [number, number]);
	const body = segments(text.slice(start, end), shifted);
	return [
		...(start > 0 ? [{ text: '…', mark: false }] : []),
		...body,
		...(end < text.length ? [{ text: '…', mark: false }] : []),
	];
}
