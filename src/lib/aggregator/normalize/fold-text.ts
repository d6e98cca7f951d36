/**
 * Unicode folding shared by the relevance rules and the title comparison, so that typography
 * (curly quotes, the various dashes, non-breaking or zero-width spaces, full-width forms) never
 * decides whether two strings are the same words.
 */

// Dashes and hyphens NFKC leaves alone: hyphen, non-breaking hyphen, figure dash, en and em
// dashes, horizontal bar, minus sign, two- and three-em dashes, small and full-width forms.
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g;
const SINGLE_QUOTES = /[\u2018-\u201B\u2032\u02BC]/g;
const DOUBLE_QUOTES = /[\u201C-\u201F\u2033\u00AB\u00BB]/g;
// Soft hyphen, zero-width space and joiners, word joiner, byte-order mark: invisible inside words.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Returns `text` in NFKC with typographic quotes, dashes and spaces folded to their ASCII forms,
 * invisible characters removed, runs of whitespace collapsed to one space and ends trimmed.
 * Letter case is kept.
 */
export function foldText(text: string): string {
	return text
		.normalize('NFKC')
		.replace(INVISIBLE, '')
		.replace(DASHES, '-')
		.replace(SINGLE_QUOTES, "'")
		.replace(DOUBLE_QUOTES, '"')
		.replace(/\s+/g, ' ')
		.trim();
}
