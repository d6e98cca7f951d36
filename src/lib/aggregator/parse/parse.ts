/**
 * Decoded feed text to entries; `feedUrl` anchors relative xml:base values. Failures are a
 * `FeedError` coded 'empty', 'dtd-refused', 'xml-error' (with line and column), 'json-error',
 * 'not-a-feed' or 'unsupported-format'. The steps, in order: refuse DTD entity declarations
 * before any XML parsing (`prepareXml`); parse strictly and namespace-aware with saxes
 * (`parseXmlTree`); recognise the format by namespace (`detectDialect`); read the entries from
 * that tree (`readRss`, `readAtom`). JSON goes to `parseJsonFeed`.
 *
 * rss-parser's `parseString` is not used. Its xml2js pass matches names literally, so it fails on
 * RSS 1.0 or Atom written with a prefix (`rss:channel`, `atom:feed`), sees no xml:base, keeps
 * only the element names it knows, and throws on an unparseable Atom date, losing the whole feed;
 * patching its output would still need this namespace-aware tree for every one of those, and a
 * second parse of each document. Reading the one tree gives every format the same rules: first
 * guid, alternate link, xml:base in effect, content:encoded as content, FeedBurner's original link.
 */
import { readAtom } from './atom.ts';
import { detectDialect, looksLikeFeedRoot, sniffSyntax } from './detect.ts';
import { parseJsonFeed } from './json-feed.ts';
import { prepareXml } from './prolog.ts';
import { readRss } from './rss.ts';
import { FeedError } from '../types.ts';
import type { ParsedFeed } from '../types.ts';
import { ParseDeadlineError, parseXmlTree } from './xml-tree.ts';

/**
 * Parses RSS, RDF, Atom or JSON Feed text; throws a FeedError with a code and a clear message,
 * 'aborted' when the work runs past `deadline` (a `performance.now()` instant).
 */
export async function parseFeed(
	text: string,
	feedUrl: string,
	deadline = Number.POSITIVE_INFINITY,
): Promise<ParsedFeed> {
	const body = text.replace(/^\ufeff/, '');
	switch (sniffSyntax(body)) {
		case 'empty':
			throw new FeedError('empty', 'The document is empty.');
		case 'json':
			return parseJsonFeed(body);
		case 'other':
			throw new FeedError('not-a-feed', 'The document is neither XML nor JSON.');
		case 'xml':
			try {
				return parseXmlFeed(body, feedUrl, deadline);
			} catch (error) {
				if (!(error instanceof ParseDeadlineError)) throw error;
				throw new FeedError('aborted', 'Reading the feed took longer than its time allows.');
			}
	}
}

function parseXmlFeed(text: string, feedUrl: string, deadline: number): ParsedFeed {
	const prepared = prepareXml(text);
	const tree = parseXmlTree(prepared.xml, feedUrl, deadline);
	if (!tree.ok) {
		if (tree.rootName && !looksLikeFeedRoot(tree.rootName)) throw notAFeed(tree.rootName);
		if (!tree.rootName && /root element/.test(tree.message)) {
			throw new FeedError('not-a-feed', 'The document has no root element.');
		}
		throw new FeedError(
			'xml-error',
			`The XML is not well-formed at line ${tree.line}, column ${tree.column}: ${tree.message}`,
		);
	}
	const dialect = detectDialect(tree.root);
	if (!dialect) {
		const { uri, local } = tree.root;
		throw notAFeed(uri ? `{${uri}}${local}` : local);
	}
	const warnings = [...prepared.warnings, ...tree.warnings];
	if (dialect.kind === 'atom' && dialect.ns === '') {
		warnings.push('The <feed> root has no namespace; read as Atom.');
	}
	const body = dialect.kind === 'atom' ? readAtom(tree.root, dialect) : readRss(tree.root, dialect);
	return { format: dialect.format, ...body, warnings };
}

function notAFeed(name: string): FeedError {
	const hint = /^(?:\{[^}]*\})?html$/i.test(name) ? ' (an HTML page)' : '';
	return new FeedError('not-a-feed', `The root element <${name}> is not RSS, RDF or Atom${hint}.`);
}
