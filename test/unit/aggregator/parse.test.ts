import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { sniffSyntax } from '../../../src/lib/aggregator/parse/detect.ts';
import { parseFeed } from '../../../src/lib/aggregator/parse/parse.ts';
import { FeedError } from '../../../src/lib/aggregator/types.ts';
import type { FeedErrorCode } from '../../../src/lib/aggregator/types.ts';

const FEED = 'https://example.com/feed.xml';
const RSS10 = 'http://purl.org/rss/1.0/';
const RSS090 = 'http://my.netscape.com/rdf/simple/0.9/';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const ATOM = 'http://www.w3.org/2005/Atom';

async function failure(text: string): Promise<FeedError> {
	try {
		await parseFeed(text, FEED);
	} catch (error) {
		if (error instanceof FeedError) return error;
		throw error;
	}
	throw new Error('expected a FeedError');
}

const rss = (items: string, channel = '') =>
	`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>${channel}${items}</channel></rss>`;
const atom = (entries: string, attrs = '') =>
	`<feed xmlns="${ATOM}" ${attrs}><title>T</title>${entries}</feed>`;

describe('sniffSyntax()', () => {
	it.each([
		['', 'empty'],
		[' \n\t', 'empty'],
		['  <rss/>', 'xml'],
		['{"version":1}', 'json'],
		['[1]', 'json'],
		['Moved Permanently', 'other'],
	])('%j is %s', (text, syntax) => {
		expect(sniffSyntax(text)).toBe(syntax);
	});
});

describe('parseFeed() recognises formats by namespace, not by prefix', () => {
	it.each([
		[
			'RSS 2.0',
			'<rss version="2.0"><channel><item><title>a</title></item></channel></rss>',
			'rss2',
		],
		[
			'RSS without a version',
			'<rss><channel><item><title>a</title></item></channel></rss>',
			'rss2',
		],
		[
			'RSS 0.91',
			'<rss version="0.91"><channel><item><title>a</title></item></channel></rss>',
			'rss09',
		],
		[
			'RSS 1.0 in the default namespace',
			`<rdf:RDF xmlns:rdf="${RDF}" xmlns="${RSS10}"><channel/><item><title>a</title></item></rdf:RDF>`,
			'rss1',
		],
		[
			'RSS 1.0 with an rss: prefix',
			`<rdf:RDF xmlns:rdf="${RDF}" xmlns:rss="${RSS10}"><rss:channel/><rss:item><rss:title>a</rss:title></rss:item></rdf:RDF>`,
			'rss1',
		],
		[
			'RSS 0.90',
			`<rdf:RDF xmlns:rdf="${RDF}" xmlns="${RSS090}"><channel/><item><title>a</title></item></rdf:RDF>`,
			'rss09',
		],
		['Atom 1.0', atom('<entry><title>a</title></entry>'), 'atom'],
		[
			'Atom 1.0 with an atom: prefix',
			`<atom:feed xmlns:atom="${ATOM}"><atom:entry><atom:title>a</atom:title></atom:entry></atom:feed>`,
			'atom',
		],
		[
			'Atom 0.3',
			'<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title>a</title></entry></feed>',
			'atom',
		],
	])('%s', async (_, text, format) => {
		const feed = await parseFeed(text, FEED);
		expect(feed.format).toBe(format);
		expect(feed.entries.map((e) => e.title)).toEqual(['a']);
	});

	it('reads a <feed> in no namespace as Atom, with a warning', async () => {
		const feed = await parseFeed('<feed><entry><title>a</title></entry></feed>', FEED);
		expect(feed.format).toBe('atom');
		expect(feed.warnings.join()).toMatch(/no namespace/);
	});
});

describe('parseFeed() fails with a clear FeedError code', () => {
	const bomb = `<!DOCTYPE lolz [<!ENTITY a "aaaaaaaaaa">${Array.from(
		{ length: 9 },
		(_, i) =>
			`<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`,
	).join('')}]><rss><channel><title>&j;</title></channel></rss>`;
	const failures: [name: string, text: string, code: FeedErrorCode, message: RegExp][] = [
		[
			'an HTML page whose root has unquoted attributes',
			'<html lang=en><body>x</body></html>',
			'not-a-feed',
			/<html>.*HTML page/,
		],
		[
			'elements nested too deep',
			`<rss>${'<a>'.repeat(10_000)}`,
			'xml-error',
			/nested over 256 deep/,
		],
		['an empty document', '', 'empty', /empty/],
		['a blank document', ' \n ', 'empty', /empty/],
		['plain text', 'Moved Permanently. Redirecting...', 'not-a-feed', /neither XML nor JSON/],
		[
			'an HTML page',
			'<!DOCTYPE html><html><head><title>x</title></head><body><p>a<br></body></html>',
			'not-a-feed',
			/<html>.*HTML page/,
		],
		['XML that is not a feed', '<note><to>x</to></note>', 'not-a-feed', /<note>/],
		[
			'RDF without RSS elements',
			`<rdf:RDF xmlns:rdf="${RDF}"><rdf:Description/></rdf:RDF>`,
			'not-a-feed',
			/RDF/,
		],
		[
			'Atom in a foreign namespace',
			'<feed xmlns="urn:example:other"/>',
			'not-a-feed',
			/urn:example:other/,
		],
		[
			'a document with only a comment',
			'<?xml version="1.0"?><!-- nothing -->',
			'not-a-feed',
			/no root element/,
		],
		[
			'broken XML, with its position',
			'<rss>\n<channel>\n<title>x</channel></rss>',
			'xml-error',
			/line 3, column \d+/,
		],
		['a truncated document', '<rss><channel><title>x</title>', 'xml-error', /unclosed tag/],
		[
			'a bare ampersand, at its own position',
			'<rss><channel>\n<link>http://example.com/?a=1&b=2</link></channel></rss>',
			'xml-error',
			/line 2, column 30: a bare '&'/,
		],
		[
			'an undefined entity',
			'<rss><channel><title>&doesnotexist;</title></channel></rss>',
			'xml-error',
			/undefined entity/,
		],
		[
			'a legacy entity without semicolon',
			'<rss><channel><title>&copy=2</title></channel></rss>',
			'xml-error',
			/entity/,
		],
		[
			'an internal entity',
			'<!DOCTYPE rss [<!ENTITY id "tag:">]><rss><channel/></rss>',
			'dtd-refused',
			/internal subset/,
		],
		['billion laughs', bomb, 'dtd-refused', /entity expansion/],
		[
			'an external entity (XXE) reading a file',
			'<!DOCTYPE r [<!ENTITY ee SYSTEM "file:///etc/passwd">]><rss>&ee;</rss>',
			'dtd-refused',
			/external entity/,
		],
		[
			'an external parameter entity',
			'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY % lat1 PUBLIC "-//W3C//ENTITIES Latin 1//EN" "http://example.com/lat1.ent">\n%lat1;\n]>\n<rss/>',
			'dtd-refused',
			/DTD/,
		],
		['an unclosed DOCTYPE', '<!DOCTYPE rss PUBLIC "x" "y"', 'xml-error', /DOCTYPE/],
		[
			'invalid JSON',
			'{"version": "https://jsonfeed.org/version/1", "items": [',
			'json-error',
			/Invalid JSON/,
		],
	];
	it.each(failures.map(([name, text, code, message]) => ({ name, text, code, message })))(
		'$name → $code',
		async ({ text, code, message }) => {
			const error = await failure(text);
			expect(error.code).toBe(code);
			expect(error.message).toMatch(message);
		},
	);
});

describe('parseFeed() tolerates, and says so where it matters', () => {
	it('drops a DOCTYPE without entity declarations and never fetches its DTD', async () => {
		const text = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://example.com/rss-0.91.dtd">\n<rss version="0.91"><channel><title>found</title></channel></rss>`;
		const feed = await parseFeed(text, FEED);
		expect(feed.title).toBe('found');
	});

	it('strips whitespace before the XML declaration, with a warning', async () => {
		const feed = await parseFeed(`\n\n  <?xml version="1.0"?>${atom('')}`, FEED);
		expect(feed.title).toBe('T');
		expect(feed.warnings).toEqual(['Whitespace before the XML declaration was removed.']);
	});

	it('accepts leading whitespace and processing instructions without a declaration', async () => {
		const feed = await parseFeed(
			`\n  <?phpxml version="1.0"?>\n${rss('')}`.replace('<?xml version="1.0"?>', ''),
			FEED,
		);
		expect(feed.format).toBe('rss2');
	});

	it('ignores the encoding named in the XML declaration of text already decoded', async () => {
		const text =
			'<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Café €</title></channel></rss>';
		expect((await parseFeed(text, FEED)).title).toBe('Café €');
	});

	it('strips a byte-order mark left in the text', async () => {
		expect((await parseFeed(`\ufeff${rss('')}`, FEED)).title).toBe('T');
	});

	it('resolves HTML named entities that XML does not define', async () => {
		const feed = await parseFeed(
			rss('<item><title>a&nbsp;b &eacute; &hellip;</title></item>'),
			FEED,
		);
		expect(feed.entries[0]?.title).toBe('a\u00a0b é …');
	});

	it('binds an undeclared well-known prefix, with a warning', async () => {
		const feed = await parseFeed(
			'<rss version="2.0"><channel><item><content:encoded>body</content:encoded></item></channel></rss>',
			FEED,
		);
		expect(feed.entries[0]?.content).toBe('body');
		expect(feed.warnings.join()).toMatch(/Undeclared namespace prefix "content:"/);
	});

	it('keeps an undeclared unknown prefix unbound, with a warning', async () => {
		const feed = await parseFeed(
			'<rss><channel><foo:bar>x</foo:bar><title>t</title></channel></rss>',
			FEED,
		);
		expect(feed.title).toBe('t');
		expect(feed.warnings.join()).toMatch(/"foo:" ignored/);
	});
});

describe('parseFeed() reads RSS items', () => {
	it('takes the fields of an item, first guid only', async () => {
		const feed = await parseFeed(
			rss(`<item>
				<title> Padded &amp;amp; title </title>
				<link>https://example.com/a</link>
				<guid isPermaLink="false">first</guid><guid>second</guid>
				<description>&lt;p&gt;Summary&lt;/p&gt;</description>
				<content:encoded><![CDATA[<p>Full <b>body</b></p>]]></content:encoded>
				<pubDate>Tue, 03 Jun 2003 09:39:21 GMT</pubDate>
				<dc:date>2001-01-01</dc:date>
				<dc:creator>Ann</dc:creator><dc:creator>Bob</dc:creator><dc:creator>Ann</dc:creator>
				<category>x</category><dc:subject>y</dc:subject><category>x</category>
			</item>`),
			FEED,
		);
		expect(feed.entries).toEqual([
			{
				guid: 'first',
				title: 'Padded &amp; title',
				link: 'https://example.com/a',
				base: null,
				summary: '<p>Summary</p>',
				content: '<p>Full <b>body</b></p>',
				date: 'Tue, 03 Jun 2003 09:39:21 GMT',
				author: 'Ann, Bob',
				categories: ['x', 'y'],
			},
		]);
	});

	it('ignores an illegal <item/> nested in an item', async () => {
		const feed = await parseFeed(
			rss('<item><title>a</title><item/></item><item><title>b</title></item>'),
			FEED,
		);
		expect(feed.entries.map((e) => e.title)).toEqual(['a', 'b']);
	});

	it('reads items placed directly under <rss> when there is no channel', async () => {
		const feed = await parseFeed('<rss><item><title>a</title></item></rss>', FEED);
		expect(feed.entries.map((e) => e.title)).toEqual(['a']);
	});

	it.each([
		[
			'prefers feedburner:origLink to <link>',
			'<item xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><link>https://feeds.example.com/r/1</link><feedburner:origLink>https://example.com/post</feedburner:origLink></item>',
			'https://example.com/post',
		],
		[
			'falls back to a permalink guid',
			'<item><guid>https://example.com/p</guid></item>',
			'https://example.com/p',
		],
		[
			'does not use a guid marked isPermaLink="false"',
			'<item><guid isPermaLink="false">https://example.com/p</guid></item>',
			null,
		],
		[
			'does not use a guid that is not a URL',
			'<item><guid>tag:example.com,2006:1</guid></item>',
			null,
		],
		[
			'falls back to an Atom alternate link, never a self link',
			`<item xmlns:atom="${ATOM}"><atom:link rel="self" href="https://example.com/self"/><atom:link href="https://example.com/alt"/></item>`,
			'https://example.com/alt',
		],
		[
			'ignores an enclosure',
			'<item><enclosure url="https://example.com/a.mp3" type="audio/mpeg"/></item>',
			null,
		],
	])('%s', async (_, item, link) => {
		expect((await parseFeed(rss(item), FEED)).entries[0]?.link).toBe(link);
	});

	it.each([
		[
			'pubDate first',
			'<pubDate>Tue, 03 Jun 2003 09:39:21 GMT</pubDate><dc:date>2001-01-01</dc:date>',
			'Tue, 03 Jun 2003 09:39:21 GMT',
		],
		[
			'dc:date when pubDate cannot be parsed',
			'<pubDate>1518478934</pubDate><dc:date>2017-10-16</dc:date>',
			'2017-10-16',
		],
		[
			'the raw string when nothing parses',
			'<pubDate>Seg, 24 Xyz 2018</pubDate>',
			'Seg, 24 Xyz 2018',
		],
		['null without any date', '<title>x</title>', null],
	])('takes %s as the date', async (_, fields, date) => {
		expect((await parseFeed(rss(`<item>${fields}</item>`), FEED)).entries[0]?.date).toBe(date);
	});

	it('reports the xml:base in effect on the link', async () => {
		const text = `<rss version="2.0" xml:base="/site/"><channel><item><link>a.html</link></item><item xml:base="https://example.org/x/"><link>b.html</link></item></channel></rss>`;
		const feed = await parseFeed(text, FEED);
		expect(feed.entries.map((e) => [e.link, e.base])).toEqual([
			['a.html', 'https://example.com/site/'],
			['b.html', 'https://example.org/x/'],
		]);
	});

	it('reads an inline xhtml:body as content', async () => {
		const text = rss(
			'<item><body xmlns="http://www.w3.org/1999/xhtml"><p>Hi <img src="x.png" onclick="y()"/></p></body></item>',
		);
		expect((await parseFeed(text, FEED)).entries[0]?.content).toBe(
			'<p>Hi <img src="x.png" onclick="y()"></img></p>',
		);
	});

	it('reads RSS 1.0 items, which are siblings of the channel, and their rdf:about', async () => {
		const text = `<rdf:RDF xmlns:rdf="${RDF}" xmlns="${RSS10}"><channel><title>C</title><link>https://example.com/</link></channel><item rdf:about="https://example.com/1"><title>one</title></item></rdf:RDF>`;
		const feed = await parseFeed(text, FEED);
		expect(feed.title).toBe('C');
		expect(feed.link).toBe('https://example.com/');
		expect(feed.entries.map((e) => [e.guid, e.link])).toEqual([
			['https://example.com/1', 'https://example.com/1'],
		]);
	});
});

describe('parseFeed() reads Atom entries', () => {
	it.each([
		[
			'the alternate link, not self, enclosure or replies',
			'<link rel="self" href="/self"/><link rel="enclosure" href="/a.mp3"/><link rel="replies" href="/c"/><link rel="alternate" href="/post"/>',
			'/post',
		],
		[
			'a link without rel, which means alternate',
			'<link rel="related" href="/r"/><link href="/post"/>',
			'/post',
		],
		[
			'the HTML alternate among several',
			'<link rel="alternate" type="application/pdf" href="/p.pdf"/><link rel="alternate" type="text/html" href="/post"/>',
			'/post',
		],
		[
			'feedburner:origLink over the alternate',
			'<link href="https://feeds.example.com/r/1"/><origLink xmlns="http://rssnamespace.org/feedburner/ext/1.0">https://example.com/post</origLink>',
			'https://example.com/post',
		],
		['nothing when there is only a self link', '<link rel="self" href="/self"/>', null],
	])('takes %s', async (_, links, link) => {
		expect((await parseFeed(atom(`<entry>${links}</entry>`), FEED)).entries[0]?.link).toBe(link);
	});

	it('resolves nested xml:base values and reports the one in effect on the link', async () => {
		const text = atom(
			'<entry xml:base="entries/"><link href="one.html"/></entry><entry><link xml:base="https://example.org/" href="two.html"/></entry>',
			'xml:base="https://example.net/blog/"',
		);
		const feed = await parseFeed(text, FEED);
		expect(feed.entries.map((e) => e.base)).toEqual([
			'https://example.net/blog/entries/',
			'https://example.org/',
		]);
	});

	it.each([
		['text, escaped so it stays text', '<title>a &lt; b &amp; c</title>', 'a &lt; b &amp; c'],
		['html, kept as HTML', '<title type="html">&lt;b&gt;bold&lt;/b&gt;</title>', '<b>bold</b>'],
		[
			'xhtml, written back as markup without the wrapping div',
			'<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">a <b>b</b> &amp; c</div></title>',
			'a <b>b</b> &amp; c',
		],
	])('reads a %s title', async (_, title, html) => {
		expect((await parseFeed(atom(`<entry>${title}</entry>`), FEED)).entries[0]?.title).toBe(html);
	});

	it('takes the id, summary, content, published date, author names and category labels', async () => {
		const feed = await parseFeed(
			atom(`<entry>
				<id>urn:uuid:1</id><id>urn:uuid:2</id>
				<summary>Short</summary>
				<content type="html">&lt;p&gt;Long&lt;/p&gt;</content>
				<updated>2006-01-18T12:26:54+01:00</updated>
				<published>2006-01-17T00:00:00Z</published>
				<author><name>Ann</name></author><author><name>Bob</name></author>
				<category term="t1"/><category term="t2" label="Label 2"/>
			</entry>`),
			FEED,
		);
		expect(feed.entries[0]).toEqual({
			guid: 'urn:uuid:1',
			title: null,
			link: null,
			base: null,
			summary: 'Short',
			content: '<p>Long</p>',
			date: '2006-01-17T00:00:00Z',
			author: 'Ann, Bob',
			categories: ['t1', 'Label 2'],
		});
	});

	it('ignores out-of-line content (src)', async () => {
		const feed = await parseFeed(
			atom('<entry><content src="https://example.com/x" type="text/html"/></entry>'),
			FEED,
		);
		expect(feed.entries[0]?.content).toBeNull();
	});

	it('reads Atom 0.3: escaped and base64 modes, issued and modified dates', async () => {
		const text = `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry>
			<title type="text/html" mode="escaped">a &lt;i&gt;b&lt;/i&gt;</title>
			<summary type="text/html" mode="base64">${Buffer.from('safe <b>x</b>').toString('base64')}</summary>
			<modified>2004-01-02T00:00:00Z</modified><issued>2004-01-01T00:00:00Z</issued>
			<link rel="alternate" type="text/html" href="https://example.com/p"/>
		</entry></feed>`;
		const [entry] = (await parseFeed(text, FEED)).entries;
		expect(entry).toMatchObject({
			title: 'a <i>b</i>',
			summary: 'safe <b>x</b>',
			date: '2004-01-01T00:00:00Z',
			link: 'https://example.com/p',
		});
	});
});
