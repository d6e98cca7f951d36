/**
 * Which syntax a document is in, and which feed format an XML root element is, by namespace URI:
 * `<rdf:RDF>` with RSS 1.0 or 0.90 elements under any prefix, `<feed>` in the Atom namespace
 * under any prefix, `<rss>`. The file name and Content-Type are never consulted.
 */
import { ATOM03_NS, ATOM_NS, RDF_NS, RSS090_NS, RSS10_NS, RSS2_NAMESPACES } from './namespaces.ts';
import type { XmlElement } from './xml-tree.ts';

/** The syntax of a decoded document, from its first non-blank character. */
export type Syntax = 'empty' | 'xml' | 'json' | 'other';

/** An XML feed dialect: how its elements are read. */
export type XmlDialect =
	| { kind: 'rss'; format: 'rss2' | 'rss09'; ns: string }
	| { kind: 'rdf'; format: 'rss1' | 'rss09'; ns: string }
	| { kind: 'atom'; format: 'atom'; ns: string; version: '1.0' | '0.3' };

/** 'empty' for a blank document, 'xml' from `<`, 'json' from `{` or `[`, else 'other'. */
export function sniffSyntax(text: string): Syntax {
	const first = /\S/u.exec(text)?.[0];
	if (first === undefined) return 'empty';
	if (first === '<') return 'xml';
	if (first === '{' || first === '[') return 'json';
	return 'other';
}

/** True when a root element's name (`rss`, `rdf:RDF`, `atom:feed`...) could be a feed's. */
export function looksLikeFeedRoot(qualifiedName: string): boolean {
	const local = qualifiedName.slice(qualifiedName.indexOf(':') + 1);
	return local === 'rss' || local === 'RDF' || local === 'feed';
}

/** The dialect of a document from its root element (un-namespaced `<feed>` = Atom), or null. */
export function detectDialect(root: XmlElement): XmlDialect | null {
	const version = root.attributes.get('|version')?.trim() ?? '';
	if (root.local === 'rss' && RSS2_NAMESPACES.includes(root.uri)) {
		return { kind: 'rss', format: /^0\.9/.test(version) ? 'rss09' : 'rss2', ns: root.uri };
	}
	if (root.local === 'RDF' && root.uri === RDF_NS) {
		const ns = [RSS10_NS, RSS090_NS].find((uri) => usesNamespace(root, uri));
		if (ns === undefined) return null;
		return { kind: 'rdf', format: ns === RSS10_NS ? 'rss1' : 'rss09', ns };
	}
	if (root.local === 'feed' && [ATOM_NS, ATOM03_NS, ''].includes(root.uri)) {
		const old = root.uri === ATOM03_NS || (root.uri === '' && version === '0.3');
		return { kind: 'atom', format: 'atom', ns: root.uri, version: old ? '0.3' : '1.0' };
	}
	return null;
}

function usesNamespace(root: XmlElement, uri: string): boolean {
	return (
		Object.values(root.declared).includes(uri) ||
		root.children.some((node) => typeof node !== 'string' && node.uri === uri)
	);
}
