/**
 * The text of the simplest, and by far the commonest, feed HTML without a full HTML parser: text,
 * character references and start and end tags of ordinary formatting elements (`<p>`, `<a
 * href="...">`, `<br/>`...) whose attributes are well quoted. Anything else (a comment, CDATA, a
 * DOCTYPE, an element whose contents an HTML parser reads specially, such as script, style,
 * textarea, title, svg, or a '<' that does not open such a tag) answers null, and the caller hands
 * the markup to sanitize-html. For what it accepts, the answer is the text sanitize-html keeps
 * with no tags allowed (a test compares the two over the feed corpus and generated markup).
 */
import { decodeHTML } from 'entities';

/** Elements with nothing special about how an HTML parser reads their contents. */
const ORDINARY = new Set([
	'a',
	'abbr',
	'acronym',
	'address',
	'article',
	'aside',
	'b',
	'bdi',
	'big',
	'blockquote',
	'br',
	'caption',
	'center',
	'cite',
	'code',
	'col',
	'colgroup',
	'dd',
	'del',
	'details',
	'dfn',
	'div',
	'dl',
	'dt',
	'em',
	'figcaption',
	'figure',
	'font',
	'footer',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hr',
	'i',
	'img',
	'ins',
	'kbd',
	'label',
	'li',
	'main',
	'mark',
	'nav',
	'ol',
	'p',
	'picture',
	'pre',
	'q',
	's',
	'samp',
	'section',
	'small',
	'source',
	'span',
	'strike',
	'strong',
	'sub',
	'summary',
	'sup',
	'table',
	'tbody',
	'td',
	'tfoot',
	'th',
	'thead',
	'time',
	'tr',
	'tt',
	'u',
	'ul',
	'var',
	'wbr',
]);

const TAG_NAME = /[A-Za-z][A-Za-z0-9]*/y;
const ATTRIBUTE_NAME = /[A-Za-z_:@][-A-Za-z0-9_:.@]*/y;
const UNQUOTED_VALUE = /[^ \t\n\f\r>"'=<`]+/y;

/** The decoded text of `html` when it is simple markup (see above), else null. */
export function simpleMarkupText(html: string): string | null {
	if (html.includes('\0')) return null;
	let text = '';
	let at = 0;
	while (at < html.length) {
		const open = html.indexOf('<', at);
		const end = open < 0 ? html.length : open;
		if (end > at) {
			const run = html.slice(at, end);
			text += run.includes('&') ? decodeHTML(run) : run;
		}
		if (open < 0) break;
		at = tagEnd(html, open);
		if (at < 0) return null;
	}
	return text;
}

/** The index just past the ordinary tag starting at `start` (a '<'), or -1. */
function tagEnd(html: string, start: number): number {
	let at = start + 1;
	const closing = html[at] === '/';
	if (closing) at++;
	const name = sticky(TAG_NAME, html, at);
	if (name === null || !ORDINARY.has(name.toLowerCase())) return -1;
	at += name.length;
	for (;;) {
		const spaced = skipSpace(html, at);
		const hadSpace = spaced > at;
		at = spaced;
		if (html[at] === '>') return at + 1;
		if (html.startsWith('/>', at)) return at + 2;
		// An attribute must follow a space; an end tag has none.
		if (closing || !hadSpace) return -1;
		const attribute = sticky(ATTRIBUTE_NAME, html, at);
		if (attribute === null) return -1;
		at += attribute.length;
		const equals = skipSpace(html, at);
		if (html[equals] !== '=') continue;
		at = skipSpace(html, equals + 1);
		const quote = html[at];
		if (quote === '"' || quote === "'") {
			const close = html.indexOf(quote, at + 1);
			if (close < 0) return -1;
			at = close + 1;
		} else {
			const value = sticky(UNQUOTED_VALUE, html, at);
			if (value === null) return -1;
			at += value.length;
		}
		// A value runs into the next attribute only after a space.
		const next = html.charCodeAt(at);
		if (!isSpace(next) && next !== 0x3e && next !== 0x2f) return -1;
	}
}

/** True for the characters HTML counts as space: space, tab, line feed, form feed, return. */
function isSpace(code: number): boolean {
	return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/** The index of the first character from `at` on that is not HTML space. */
function skipSpace(html: string, at: number): number {
	let i = at;
	while (isSpace(html.charCodeAt(i))) i++;
	return i;
}

/** The match of a sticky pattern at `at`, or null. */
function sticky(pattern: RegExp, text: string, at: number): string | null {
	pattern.lastIndex = at;
	return pattern.exec(text)?.[0] ?? null;
}
