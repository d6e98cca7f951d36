/**
 * HTML named character references (`&eacute;`, `&nbsp;`, `&hellip;`), which many feeds use
 * without declaring them, decoded with `entities` (the WHATWG table htmlparser2 and
 * sanitize-html use).
 */
import { decodeHTMLStrict } from 'entities';

/** The characters an HTML entity name (without `&` and `;`) stands for, or undefined. */
export function htmlEntity(name: string): string | undefined {
	if (!/^[A-Za-z][A-Za-z0-9]{1,31}$/.test(name)) return undefined;
	const reference = `&${name};`;
	const decoded = decodeHTMLStrict(reference);
	// Only a whole name counts: strict decoding leaves an unknown reference as it was.
	return decoded === reference ? undefined : decoded;
}
