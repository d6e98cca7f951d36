/**
 * Entries of RSS 0.9x/2.0 (`<rss>`) and RSS 1.0/0.90 (`<rdf:RDF>`) documents, read from the XML
 * tree by namespace. Items are the direct children of the channel (and, for the RDF family and
 * broken RSS without a channel, of the root), so an illegal `<item/>` nested in an item never
 * becomes an entry. Fields are taken first-wins: the first guid, the first link.
 */
import type { XmlDialect } from './detect.ts';
import { pickFeedDate } from '../normalize/feed-date.ts';
import {
	ATOM_NS,
	CONTENT_NS,
	DC_NS,
	DCTERMS_NS,
	FEEDBURNER_NS,
	ITUNES_NS,
	RDF_NS,
	XHTML_NS,
} from './namespaces.ts';
import type { ParsedEntry } from '../types.ts';
import { attr, childNamed, childrenNamed, htmlOf, innerMarkup, textOf } from './xml-query.ts';
import type { XmlElement } from './xml-tree.ts';

/** The channel's title and link and the entries of an RSS or RDF document. */
export interface FeedBody {
	title: string | null;
	link: string | null;
	entries: ParsedEntry[];
}

/** Reads an `<rss>` or `<rdf:RDF>` root in the given dialect. */
export function readRss(root: XmlElement, dialect: XmlDialect & { kind: 'rss' | 'rdf' }): FeedBody {
	const { ns } = dialect;
	const channel = childNamed(root, ns, 'channel');
	const items = [...childrenNamed(channel, ns, 'item'), ...childrenNamed(root, ns, 'item')];
	return {
		title: htmlOf(childNamed(channel, ns, 'title')),
		link: textOf(childNamed(channel, ns, 'link')),
		entries: items.map((item) => readItem(item, ns)),
	};
}

function readItem(item: XmlElement, ns: string): ParsedEntry {
	const guidElement = childNamed(item, ns, 'guid');
	const guid = textOf(guidElement) ?? attr(item, 'about', RDF_NS);
	const link = itemLink(item, ns, guidElement);
	const creators = [
		...childrenNamed(item, ns, 'author'),
		...childrenNamed(item, DC_NS, 'creator'),
		...childrenNamed(item, ITUNES_NS, 'author'),
	].flatMap((e) => textOf(e) ?? []);
	return {
		guid,
		title: htmlOf(childNamed(item, ns, 'title')) ?? htmlOf(childNamed(item, DC_NS, 'title')),
		link: link?.href ?? null,
		base: link?.base ?? item.base,
		summary:
			htmlOf(childNamed(item, ns, 'description')) ?? htmlOf(childNamed(item, DC_NS, 'description')),
		content:
			htmlOf(childNamed(item, CONTENT_NS, 'encoded')) ??
			innerMarkup(childNamed(item, XHTML_NS, 'body')),
		date: pickFeedDate(
			[
				childNamed(item, ns, 'pubDate'),
				childNamed(item, DC_NS, 'date'),
				childNamed(item, DCTERMS_NS, 'issued'),
				childNamed(item, DCTERMS_NS, 'created'),
				childNamed(item, DCTERMS_NS, 'modified'),
				childNamed(item, ATOM_NS, 'published'),
				childNamed(item, ATOM_NS, 'updated'),
			].map(textOf),
		),
		author: creators.length ? [...new Set(creators)].join(', ') : null,
		categories: [
			...new Set(
				[...childrenNamed(item, ns, 'category'), ...childrenNamed(item, DC_NS, 'subject')].flatMap(
					(e) => textOf(e) ?? [],
				),
			),
		],
	};
}

/**
 * The item's link: FeedBurner's original link, else `<link>`, else an Atom alternate link, else
 * a guid that is a permalink URL (RSS 2.0), else the RDF `about` URI.
 */
function itemLink(
	item: XmlElement,
	ns: string,
	guid: XmlElement | null,
): { href: string; base: string | null } | null {
	for (const element of [
		childNamed(item, FEEDBURNER_NS, 'origLink'),
		childNamed(item, ns, 'link'),
	]) {
		const href = textOf(element);
		if (element && href) return { href, base: element.base };
	}
	const atomLink = childrenNamed(item, ATOM_NS, 'link').find(
		(e) => (attr(e, 'rel') ?? 'alternate') === 'alternate' && attr(e, 'href'),
	);
	if (atomLink) return { href: attr(atomLink, 'href') ?? '', base: atomLink.base };
	const guidText = textOf(guid);
	if (guid && guidText && attr(guid, 'isPermaLink') !== 'false' && /^https?:/i.test(guidText)) {
		return { href: guidText, base: guid.base };
	}
	const about = attr(item, 'about', RDF_NS);
	if (about && /^https?:/i.test(about)) return { href: about, base: item.base };
	return null;
}
