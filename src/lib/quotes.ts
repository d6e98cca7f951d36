/**
 * Word-for-word quotation checks. A quotation matches a text when, after normalizing whitespace and
 * curly quotes, its words appear in the text in order: `…` (or `...`) stands for any run of the
 * text left out, and a bracketed change `[x]` for words changed or added (up to 80 characters). The first letter
 * may differ in case (a quotation may start mid-sentence). Pure.
 */

/** Straight quotes, single spaces, and no space before punctuation. */
export function normalizeText(text: string): string {
	return text
		.replace(/[\u2018\u2019\u201B\u2032]/g, "'")
		.replace(/[\u201C\u201D\u201F\u2033]/g, '"')
		.replace(/\s+/g, ' ')
		.replace(/ ([.,;:!?])/g, '$1')
		.trim();
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern for one stretch of a quotation between ellipses. */
function segmentPattern(segment: string): string {
	return segment
		.split(/(\[[^\]]*\])/)
		.map((part) =>
			part.startsWith('[') && part.endsWith(']') ? `(?:${escape(part)}|[^]{0,80}?)` : escape(part),
		)
		.join('');
}

/** Whether `quote` appears word for word in `text` (ellipses and bracketed changes allowed). */
export function quoteMatches(quote: string, text: string): boolean {
	const q = normalizeText(quote).replace(/^[.,;:\s]+|[.,;:\s]+$/g, '');
	if (q === '') return true;
	const segments = q
		.split(/\s*(?:…|\.\.\.)\s*/)
		.filter(Boolean)
		.map(segmentPattern);
	const [first = '', ...rest] = segments;
	const head = first.replace(/^[a-zA-Z]/, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
	return new RegExp([head, ...rest].join('[^]*?')).test(normalizeText(text));
}

/** The spans inside double quotation marks (straight or curly) in `text`. */
export function quotedSpans(text: string): string[] {
	const normal = normalizeText(text);
	return [...normal.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
}
