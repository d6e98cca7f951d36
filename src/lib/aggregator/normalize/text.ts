/**
 * Feed HTML to plain text. All markup goes through sanitize-html with no allowed tags, so the
 * text a browser would show is kept and everything else (tags, attributes, comments, scripts) is
 * gone; entities are decoded exactly once. Then the characters that could disguise or reorder
 * text are removed, stray CSS rules (a `<style>` whose tags a generator dropped) are removed,
 * whitespace is collapsed and the result is NFC.
 */
import sanitizeHtml from 'sanitize-html';

/** Elements whose contents are code or embedded documents, never readable text. */
const DISCARDED = [
	'script',
	'style',
	'noscript',
	'iframe',
	'object',
	'embed',
	'applet',
	'template',
	'textarea',
	'option',
	'svg',
	'math',
];

/** Elements that separate words, so `a<br>b` reads as "a b". */
const BREAKS =
	/<(\/?)(br|p|div|li|ul|ol|dd|dt|dl|h[1-6]|tr|td|th|table|blockquote|section|article|header|footer|hr|pre|figure|figcaption)\b/gi;

const ESCAPED: Readonly<Record<string, string>> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
};

// A CSS rule left as text where a generator dropped the <style> tags but not their contents.
// Bounded selector length keeps the match linear.
const STRAY_CSS = /(?:^|(?<=\}))[ \t]*[^\n{}]{0,200}\{[^{}]*\}/gm;
const CSS_DECLARATION = /(?:^|[{;\s])[a-z-]+\s*:[^;{}]*[;}]/i;

// C0 and C1 controls other than whitespace, and the bidi embedding, override and isolate marks.
const INVISIBLE = /(?![\t\n\v\f\r])[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

/** The length cap of a title, in UTF-16 code units. */
export const TITLE_MAX = 300;
/** The length cap of a summary, in UTF-16 code units. */
export const SUMMARY_MAX = 600;

/** The readable text of HTML, entities decoded once, at most `maxLength` code units; '' if none. */
export function plainText(html: string, maxLength: number): string {
	const text = sanitizeHtml(html.replace(BREAKS, ' <$1$2'), {
		allowedTags: [],
		allowedAttributes: {},
		nonTextTags: DISCARDED,
	})
		.replace(/&(?:amp|lt|gt|quot);/g, (entity) => ESCAPED[entity] ?? entity)
		.replace(STRAY_CSS, (rule) => (CSS_DECLARATION.test(rule) ? ' ' : rule))
		.replace(INVISIBLE, '')
		.replace(/\s+/gu, ' ')
		.trim()
		.normalize('NFC');
	return capText(text, maxLength);
}

/** Text cut to at most `maxLength` code units with an ellipsis, at a word, never mid-surrogate. */
export function capText(text: string, maxLength: number): string {
	if (text.length <= maxLength) return text;
	if (maxLength < 1) return '';
	let cut = text.slice(0, maxLength - 1);
	if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
	const space = cut.lastIndexOf(' ');
	if (space > maxLength / 2) cut = cut.slice(0, space);
	return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}
