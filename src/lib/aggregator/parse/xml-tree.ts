/**
 * A strict, namespace-aware XML pass (saxes) that builds a small element tree, so feed formats are
 * recognised and read by namespace URI, never by prefix. Two leniencies: HTML named entities
 * (`&nbsp;`, `&eacute;`, common in feeds whose DTD was dropped) resolve to their characters while
 * unknown names stay errors; and an undeclared prefix is bound to its well-known namespace
 * (`content:`, `dc:`, `itunes:`...) or else left unbound, with a warning either way. DTD entities
 * are never expanded: `prepareXml` refuses documents that declare any.
 */
import { SaxesParser } from 'saxes';
import type { SaxesTagNS } from 'saxes';
import { htmlEntity } from '../normalize/html-entities.ts';
import { WELL_KNOWN_PREFIXES, XML_NS } from './namespaces.ts';

/** An element: namespace URI, local name, attributes keyed `uri|local`, children in order. */
export interface XmlElement {
	uri: string;
	local: string;
	attributes: ReadonlyMap<string, string>;
	/** Namespace bindings declared on this element (prefix → URI; '' is the default). */
	declared: Record<string, string>;
	children: XmlNode[];
	/** The absolute xml:base in effect on this element, or null when none is set. */
	base: string | null;
}

/** Text (character data or CDATA) or an element. */
type XmlNode = XmlElement | string;

/** The outcome of the XML pass: a tree, or a well-formedness error with its position. */
export type XmlTreeResult =
	| { ok: true; root: XmlElement; warnings: string[] }
	| {
			ok: false;
			message: string;
			line: number;
			column: number;
			/** The root element's qualified name, when the error came after it was read. */
			rootName: string | null;
	  };

const MAX_DEPTH = 256;
/** Attributes on one element; real feeds use a few, thousands are an attack on time and memory. */
const MAX_ATTRIBUTES = 64;
/** Elements in one document: 500 entries of a few dozen elements each fit with room to spare. */
const MAX_ELEMENTS = 200_000;
/** The document is handed to the parser in chunks this long, checking the deadline between them. */
const CHUNK = 64 * 1024;
const XML_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
};

/** Thrown when the parse runs past its deadline; not a well-formedness error, so never caught here. */
export class ParseDeadlineError extends Error {
	override name = 'ParseDeadlineError';
}

/**
 * Parses a document (after `prepareXml`) into a tree; never throws for malformed input. The text
 * goes to the parser in chunks, and past `deadline` (a `performance.now()` instant) the parse
 * stops with `ParseDeadlineError`, so no document keeps a refresh past its time.
 */
export function parseXmlTree(
	xml: string,
	documentUrl: string,
	deadline = Number.POSITIVE_INFINITY,
): XmlTreeResult {
	const warnings: string[] = [];
	const unbound = new Set<string>();
	const parser = new SaxesParser({
		xmlns: true,
		resolvePrefix: (prefix: string) => {
			const uri = WELL_KNOWN_PREFIXES[prefix];
			if (uri && !unbound.has(prefix)) {
				unbound.add(prefix);
				warnings.push(`Undeclared namespace prefix "${prefix}:" taken as ${uri}.`);
			}
			return uri;
		},
	});
	parser.ENTITIES = new Proxy(XML_ENTITIES, {
		get: (table, name) =>
			typeof name !== 'string'
				? undefined
				: Object.hasOwn(table, name)
					? table[name]
					: htmlEntity(name),
	});

	const stack: XmlElement[] = [];
	let elements = 0;
	const seen: { root: XmlElement | null; rootName: string | null } = { root: null, rootName: null };
	const append = (text: string) => {
		const parent = stack.at(-1);
		if (!parent) return;
		const last = parent.children.length - 1;
		const previous = parent.children[last];
		if (typeof previous === 'string') parent.children[last] = previous + text;
		else parent.children.push(text);
	};

	parser.on('error', (error) => {
		const prefix = /unbound namespace prefix: "([^"]*)"/.exec(error.message)?.[1];
		if (prefix === undefined) throw error;
		if (!unbound.has(prefix)) {
			unbound.add(prefix);
			warnings.push(`Undeclared namespace prefix "${prefix}:" ignored.`);
		}
	});
	// The name is known before the attributes, so an HTML page with unquoted attributes is still
	// recognised as a page rather than reported as broken XML.
	parser.on('opentagstart', (tag) => {
		seen.rootName = tag.name;
		parser.off('opentagstart');
	});
	parser.on('opentag', (tag: SaxesTagNS) => {
		if (stack.length >= MAX_DEPTH) throw new Error(`elements nested over ${MAX_DEPTH} deep.`);
		if (++elements > MAX_ELEMENTS) throw new Error(`over ${MAX_ELEMENTS} elements.`);
		const parent = stack.at(-1) ?? null;
		const element = toElement(tag, parent, documentUrl);
		if (parent) parent.children.push(element);
		else seen.root = element;
		stack.push(element);
	});
	parser.on('closetag', () => {
		stack.pop();
	});
	parser.on('text', append);
	parser.on('cdata', append);

	try {
		for (let at = 0; at < xml.length; at += CHUNK) {
			if (performance.now() > deadline)
				throw new ParseDeadlineError('parsing ran past the deadline');
			parser.write(xml.slice(at, at + CHUNK));
		}
		parser.close();
	} catch (error) {
		if (error instanceof ParseDeadlineError) throw error;
		const raw = error instanceof Error ? error.message : String(error);
		const failure = { ok: false as const, rootName: seen.rootName };
		// saxes reads an entity up to the next ';', so a bare '&' is reported far too late.
		const ampersand = bareAmpersand(xml);
		if (ampersand >= 0 && ampersand < parser.position) {
			const before = xml.slice(0, ampersand).split('\n');
			return {
				...failure,
				message: "a bare '&' that starts no entity or character reference (write &amp;).",
				line: before.length,
				column: (before.at(-1)?.length ?? 0) + 1,
			};
		}
		return {
			...failure,
			message: raw.replace(/^\d+:\d+: /, ''),
			line: parser.line,
			column: parser.column + 1,
		};
	}
	if (!seen.root) {
		return { ok: false, message: 'no root element.', line: 1, column: 1, rootName: null };
	}
	return { ok: true, root: seen.root, warnings };
}

/** The index of the first '&' in markup that starts no reference, or -1. */
function bareAmpersand(xml: string): number {
	const token =
		/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$)|&(?!#\d+;|#x[\da-f]+;|[\p{L}_:][\p{L}\p{N}_:.-]*;)/giu;
	for (const match of xml.matchAll(token)) if (match[0] === '&') return match.index;
	return -1;
}

/** The attributes of the many elements that have none: one shared, never-written map. */
const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

function toElement(tag: SaxesTagNS, parent: XmlElement | null, documentUrl: string): XmlElement {
	let map: Map<string, string> | null = null;
	for (const name in tag.attributes) {
		const attribute = tag.attributes[name];
		if (!attribute) continue;
		map ??= new Map();
		map.set(`${attribute.uri}|${attribute.local}`, attribute.value);
		if (map.size > MAX_ATTRIBUTES) {
			throw new Error(`an element with over ${MAX_ATTRIBUTES} attributes.`);
		}
	}
	const attributes = map ?? NO_ATTRIBUTES;
	const xmlBase = map?.get(`${XML_NS}|base`);
	return {
		uri: tag.uri,
		local: tag.local,
		attributes,
		declared: tag.ns,
		children: [],
		base:
			xmlBase === undefined ? (parent?.base ?? null) : resolveBase(xmlBase, parent, documentUrl),
	};
}

/** Resolves an xml:base against the parent's base, else the document's URL (RFC 3986). */
function resolveBase(value: string, parent: XmlElement | null, documentUrl: string): string {
	for (const against of [parent?.base, documentUrl]) {
		if (!against) continue;
		try {
			return new URL(value.trim(), against).href;
		} catch {
			// A base that cannot anchor a relative reference (javascript:...) is skipped.
		}
	}
	return value.trim();
}
