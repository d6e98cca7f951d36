/**
 * Entries of Atom 1.0 and Atom 0.3 documents, read from the XML tree by namespace (any prefix).
 * Text constructs become HTML whatever their type: text is escaped, html kept, xhtml written back
 * as markup, Atom 0.3 `mode="base64"` decoded first. The link is the `alternate` one (or
 * FeedBurner's original link), never `self`, `enclosure`, pagination or comment links.
 */
import { Buffer } from 'node:buffer';
import type { XmlDialect } from './detect.ts';
import { pickFeedDate } from '../normalize/feed-date.ts';
import { DC_NS, DCTERMS_NS, FEEDBURNER_NS, XHTML_NS } from './namespaces.ts';
import type { FeedBody } from './rss.ts';
import type { ParsedEntry } from '../types.ts';
import {
	attr,
	childNamed,
	childrenNamed,
	escapeHtml,
	hasElementChildren,
	innerMarkup,
	textOf,
} from './xml-query.ts';
import type { XmlElement } from './xml-tree.ts';

type AtomDialect = XmlDialect & { kind: 'atom' };

/** Reads a `<feed>` root in the given Atom dialect. */
export function readAtom(root: XmlElement, dialect: AtomDialect): FeedBody {
	return {
		title: textConstruct(childNamed(root, dialect.ns, 'title'), dialect),
		link: alternateLink(root, dialect.ns)?.href ?? null,
		entries: childrenNamed(root, dialect.ns, 'entry').map((entry) => readEntry(entry, dialect)),
	};
}

function readEntry(entry: XmlElement, dialect: AtomDialect): ParsedEntry {
	const { ns } = dialect;
	const child = (local: string) => childNamed(entry, ns, local);
	const origLink = childNamed(entry, FEEDBURNER_NS, 'origLink');
	const link = textOf(origLink)
		? { href: textOf(origLink) ?? '', base: origLink?.base ?? null }
		: alternateLink(entry, ns);
	const content = child('content');
	const authors = [
		...childrenNamed(entry, ns, 'author').map((a) => textOf(childNamed(a, ns, 'name'))),
		...childrenNamed(entry, DC_NS, 'creator').map(textOf),
	].filter((name): name is string => name !== null);
	const categories = [
		...childrenNamed(entry, ns, 'category').map((c) => attr(c, 'label') ?? attr(c, 'term')),
		...childrenNamed(entry, DC_NS, 'subject').map(textOf),
	].flatMap((c) => c?.trim() || []);
	return {
		guid: textOf(child('id')),
		title: textConstruct(child('title'), dialect),
		link: link?.href ?? null,
		base: link?.base ?? entry.base,
		summary: textConstruct(child('summary'), dialect),
		content: content && attr(content, 'src') === null ? textConstruct(content, dialect) : null,
		date: pickFeedDate(
			[
				child('published'),
				child('issued'),
				child('updated'),
				child('modified'),
				child('created'),
				childNamed(entry, DC_NS, 'date'),
				childNamed(entry, DCTERMS_NS, 'issued'),
				childNamed(entry, DCTERMS_NS, 'modified'),
			].map(textOf),
		),
		author: authors.length ? [...new Set(authors)].join(', ') : null,
		categories: [...new Set(categories)],
	};
}

/** The `alternate` link of a feed or entry (a missing rel means alternate), HTML preferred. */
function alternateLink(
	parent: XmlElement,
	ns: string,
): { href: string; base: string | null } | null {
	const alternates = childrenNamed(parent, ns, 'link').filter((link) => {
		const rel = attr(link, 'rel')?.trim() ?? 'alternate';
		return /^(?:alternate|http:\/\/www\.iana\.org\/assignments\/relation\/alternate)$/i.test(rel);
	});
	const withHref = alternates.filter((link) => attr(link, 'href')?.trim());
	const best =
		withHref.find((link) => /html/i.test(attr(link, 'type') ?? 'text/html')) ?? withHref[0];
	return best ? { href: attr(best, 'href')?.trim() ?? '', base: best.base } : null;
}

/** An Atom text construct as HTML, or null when absent or empty. */
function textConstruct(element: XmlElement | null, dialect: AtomDialect): string | null {
	if (!element) return null;
	const type = (attr(element, 'type') ?? (dialect.version === '0.3' ? 'text/plain' : 'text'))
		.trim()
		.toLowerCase();
	const mode = dialect.version === '0.3' ? (attr(element, 'mode') ?? 'xml').trim() : 'xml';
	if (mode === 'base64') return fromBase64(textOf(element), type);
	if (type === 'xhtml' || type.endsWith('/xhtml+xml') || hasElementChildren(element)) {
		const div = childNamed(element, XHTML_NS, 'div');
		const onlyDiv =
			div && element.children.every((n) => (typeof n === 'string' ? !n.trim() : n === div));
		return innerMarkup(onlyDiv && type === 'xhtml' ? div : element);
	}
	const text = textOf(element);
	if (text === null) return null;
	const isHtml =
		type === 'html' || type === 'text/html' || (mode === 'escaped' && type !== 'text/plain');
	return isHtml ? text : escapeHtml(text);
}

/** Atom 0.3 base64 content, decoded as UTF-8 and treated by its MIME type. */
function fromBase64(encoded: string | null, type: string): string | null {
	if (!encoded) return null;
	const decoded = Buffer.from(encoded.replace(/\s+/g, ''), 'base64').toString('utf8').trim();
	if (decoded === '') return null;
	return type === 'text/html' || type.endsWith('xhtml+xml') ? decoded : escapeHtml(decoded);
}
