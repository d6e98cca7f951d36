/**
 * HTML named character references (`&eacute;`, `&nbsp;`, `&hellip;`), which many feeds use
 * without declaring them. The table is the one sanitize-html's parser already carries.
 */
import sanitizeHtml from 'sanitize-html';

const cache = new Map<string, string | undefined>();
const ESCAPED: Readonly<Record<string, string>> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
};

/** The characters an HTML entity name (without `&` and `;`) stands for, or undefined. */
export function htmlEntity(name: string): string | undefined {
	if (!/^[A-Za-z][A-Za-z0-9]{1,31}$/.test(name)) return undefined;
	if (cache.has(name)) return cache.get(name);
	const rendered = sanitizeHtml(`&${name};`, { allowedTags: [], allowedAttributes: {} });
	const decoded = rendered.replace(/&(?:amp|lt|gt|quot);/g, (e) => ESCAPED[e] ?? e);
	// The HTML parser also decodes legacy prefixes (`&copyx;` as `©x;`): only a whole name counts.
	const whole = decoded !== `&${name};` && !(decoded.length > 1 && decoded.endsWith(';'));
	const value = whole ? decoded : undefined;
	cache.set(name, value);
	return value;
}
