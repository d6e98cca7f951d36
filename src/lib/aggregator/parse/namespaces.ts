/** Namespace URIs of the feed formats and of the extension modules the parser reads. */

/** The `xml:` namespace (xml:base, xml:lang). */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** Atom 1.0 (RFC 4287). */
export const ATOM_NS = 'http://www.w3.org/2005/Atom';
/** Atom 0.3, the pre-RFC draft. */
export const ATOM03_NS = 'http://purl.org/atom/ns#';
/** RDF, the root of RSS 1.0 and RSS 0.90. */
export const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
/** RSS 1.0 elements. */
export const RSS10_NS = 'http://purl.org/rss/1.0/';
/** RSS 0.90 (Netscape) elements. */
export const RSS090_NS = 'http://my.netscape.com/rdf/simple/0.9/';
/** Namespaces some RSS 2.0 documents put their own elements in. */
export const RSS2_NAMESPACES = [
	'',
	'http://backend.userland.com/rss2',
	'http://blogs.law.harvard.edu/tech/rss',
];
/** Dublin Core elements (dc:date, dc:creator, dc:subject). */
export const DC_NS = 'http://purl.org/dc/elements/1.1/';
/** Dublin Core terms (dcterms:issued, dcterms:modified). */
export const DCTERMS_NS = 'http://purl.org/dc/terms/';
/** The content module (content:encoded). */
export const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
/** FeedBurner (feedburner:origLink, the link before FeedBurner's redirect). */
export const FEEDBURNER_NS = 'http://rssnamespace.org/feedburner/ext/1.0';
/** XHTML (xhtml:body inside an RSS item, xhtml:div inside Atom content). */
export const XHTML_NS = 'http://www.w3.org/1999/xhtml';
/** Apple podcasts. */
export const ITUNES_NS = 'http://www.itunes.com/dtds/podcast-1.0.dtd';

/** The usual binding of prefixes that feeds use without declaring them. */
export const WELL_KNOWN_PREFIXES: Readonly<Record<string, string>> = {
	atom: ATOM_NS,
	content: CONTENT_NS,
	dc: DC_NS,
	dcterms: DCTERMS_NS,
	feedburner: FEEDBURNER_NS,
	itunes: ITUNES_NS,
	media: 'http://search.yahoo.com/mrss/',
	rdf: RDF_NS,
	slash: 'http://purl.org/rss/1.0/modules/slash/',
	sy: 'http://purl.org/rss/1.0/modules/syndication/',
	wfw: 'http://wellformedweb.org/CommentAPI/',
	xhtml: XHTML_NS,
};
