/**
 * Feed HTML to plain text. Markup goes through sanitize-html with no allowed tags (or, when it is
 * only text, references and ordinary formatting tags, through `simpleMarkupText`, which gives the
 * same text), so the text a browser would show is kept and everything else (tags, attributes,
 * comments, scripts) is gone; entities are decoded exactly once. Then the characters that could
 * disguise or reorder text are removed, stray CSS rules (a `<style>` whose tags a generator
 * dropped) are removed, whitespace is collapsed and the result is NFC.
 */
import sanitizeHtml from 'sanitize-html';
import { simpleMarkupText } from './simple-markup.ts';

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

// C0 and C1 controls other than whitespace, and the bidi embedding, override and isolate marks:
// one character class (set difference), no lookahead per character.
const INVISIBLE = /[[\p{Cc}--[\t\n\v\f\r]]\u202a-\u202e\u2066-\u2069]/gv;

/** The length cap of a title, in UTF-16 code units. */
export const TITLE_MAX = 300;
/** The length cap of a summary, in UTF-16 code units. */
export const SUMMARY_MAX = 600;

/**
 * Markup read first, per character of text wanted: a prefix this long usually holds enough text,
 * so a long description is not parsed whole to keep its first few hundred characters.
 */
const PREFIX_PER_CHARACTER = 4;
/**
 * Text a prefix must give beyond `maxLength` to be used: the end of a prefix can read differently
 * from the whole (a reference cut in two, a space that would have been collapsed), never more
 * than a few dozen characters.
 */
const PREFIX_MARGIN = 64;

/**
 * The readable text of HTML, entities decoded once, at most `maxLength` code units; '' if none.
 * The result is that of reading the whole of `html` (a test compares them), with two shortcuts:
 * text with no '<' and no '&' has no tag, comment or reference for an HTML parser to read, so it
 * skips sanitize-html, which would return it unchanged; and long markup is first read by a
 * prefix, kept only when its text runs well past `maxLength` with no CSS brace left open (a
 * stray CSS rule is the one thing whose removal depends on text further on).
 */
export function plainText(html: string, maxLength: number): string {
	if (!html.includes('<') && !html.includes('&')) return capText(clean(html), maxLength);
	const prefixLength = maxLength * PREFIX_PER_CHARACTER;
	if (html.length > prefixLength) {
		const head = cutAt(html, prefixLength);
		// A prefix ending inside a tag would send the whole prefix to the full parser: end it before.
		const open = head.lastIndexOf('<');
		const raw = markupToText(open > head.lastIndexOf('>') ? head.slice(0, open) : head);
		if (raw.lastIndexOf('{') <= raw.lastIndexOf('}')) {
			const text = clean(raw);
			if (text.length > maxLength + PREFIX_MARGIN) return capText(text, maxLength);
		}
	}
	return capText(clean(markupToText(html)), maxLength);
}

/** The text sanitize-html keeps of `html` (no tags allowed), with its escapes undone. */
function markupToText(html: string): string {
	const spaced = html.replace(BREAKS, ' <$1$2');
	const simple = simpleMarkupText(spaced);
	if (simple !== null) return simple;
	return sanitizeHtml(spaced, {
		allowedTags: [],
		allowedAttributes: {},
		nonTextTags: DISCARDED,
	}).replace(/&(?:amp|lt|gt|quot);/g, (entity) => ESCAPED[entity] ?? entity);
}

/** Text without stray CSS rules or disguising characters, whitespace collapsed, in NFC. */
function clean(raw: string): string {
	const css = raw.includes('{')
		? raw.replace(STRAY_CSS, (rule) => (CSS_DECLARATION.test(rule) ? ' ' : rule))
		: raw;
	const text = css.replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ').trim();
	return BEYOND_NFC_STABLE.test(text) ? text.normalize('NFC') : text;
}

/** A run of whitespace that is not already one space: runs of two or more, or one tab, NBSP... */
const WHITESPACE_RUN = /\s{2,}|[^\S ]/g;
/**
 * A character from U+0300 on. Text without one is already NFC: below U+0300 every character is
 * its own NFC form and no two compose (checked over every pair).
 */
const BEYOND_NFC_STABLE = /[^\0-\u02ff]/;

/** The first `length` code units of `text`, never ending mid-surrogate. */
function cutAt(text: string, length: number): string {
	const head = text.slice(0, length);
	return /[\ud800-\udbff]$/.test(head) ? head.slice(0, -1) : head;
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
