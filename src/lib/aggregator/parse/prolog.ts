/**
 * The XML prolog, checked before any XML parsing. A DOCTYPE with an internal subset is refused
 * outright: that is where entities are declared (billion laughs, quadratic blow-up, external
 * entities reading files or URLs), so refusing it keeps time and memory bounded and nothing is
 * ever fetched or read. A DOCTYPE without one (the Netscape RSS 0.91 DTD, XHTML) only names an
 * external DTD, which is never fetched; it is blanked out, keeping line numbers, and the document
 * parsed.
 */
import { FeedError } from '../types.ts';

/** The document ready for the XML parser, with any recoverable oddities. */
export interface PreparedXml {
	xml: string;
	warnings: string[];
}

/** Processing instructions, comments and DOCTYPEs allowed before the root element. */
const MAX_PROLOG_CONSTRUCTS = 1000;

/** Strips space before `<?xml`, blanks a DOCTYPE; throws 'dtd-refused' for an internal subset. */
export function prepareXml(text: string): PreparedXml {
	const warnings: string[] = [];
	let xml = text;
	const lead = /^\s+/.exec(xml)?.[0].length ?? 0;
	if (lead > 0 && /^<\?xml\s/.test(xml.slice(lead))) {
		xml = xml.slice(lead);
		warnings.push('Whitespace before the XML declaration was removed.');
	}
	let i = 0;
	const space = /\s*/y;
	let doctypes = 0;
	for (let constructs = 0; ; constructs++) {
		// A real prolog has a handful of constructs; thousands are an attack on the parser's time.
		if (constructs > MAX_PROLOG_CONSTRUCTS) {
			throw new FeedError(
				'xml-error',
				`The XML prolog has over ${MAX_PROLOG_CONSTRUCTS} declarations.`,
			);
		}
		space.lastIndex = i;
		i += space.exec(xml)?.[0].length ?? 0;
		if (xml.startsWith('<?', i)) i = after(xml, '?>', i);
		else if (xml.startsWith('<!--', i)) i = after(xml, '-->', i);
		else if (xml.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') {
			if (doctypes++ > 0)
				throw new FeedError('xml-error', 'The document has more than one DOCTYPE.');
			const end = doctypeEnd(xml, i);
			xml = xml.slice(0, i) + xml.slice(i, end).replace(/[^\n]/g, ' ') + xml.slice(end);
			i = end;
		} else break;
		if (i < 0) break;
	}
	return { xml, warnings };
}

/** The index just past `close`, or -1 when the construct is unterminated. */
function after(xml: string, close: string, from: number): number {
	const at = xml.indexOf(close, from + 2);
	return at < 0 ? -1 : at + close.length;
}

/** The index just past the DOCTYPE starting at `start`. */
function doctypeEnd(xml: string, start: number): number {
	let quote: string | null = null;
	for (let i = start + 9; i < xml.length; i++) {
		const c = xml[i];
		if (quote) {
			if (c === quote) quote = null;
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '[') {
			throw new FeedError(
				'dtd-refused',
				'The document declares a DTD internal subset (where entities are declared); it is refused to prevent entity expansion attacks and external entity access.',
			);
		} else if (c === '>') return i + 1;
	}
	throw new FeedError('xml-error', 'The DOCTYPE declaration is never closed.');
}
