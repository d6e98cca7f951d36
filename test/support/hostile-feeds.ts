/**
 * Hostile feeds, served on loopback: what a feed's publisher, a domain's new owner or anything on
 * the path could send. Each case is a handler for one path of the test feed server (plus any
 * routes it needs); the suite runs a refresh against it and checks the same invariants for all.
 * Synthetic data only: example.com links, the phrase "EO 14409" so items are relevant.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

/** What a case serves at its path; `at(path)` is the absolute URL of another path of the case. */
type Serve = (req: IncomingMessage, res: ServerResponse, at: (path: string) => string) => unknown;

/** One hostile feed. */
export interface HostileCase {
	group: 'xml' | 'encoding' | 'date' | 'size' | 'structure' | 'network' | 'redirect' | 'markup';
	name: string;
	serve: Serve;
	/** Extra routes under the case's own prefix (path → handler). */
	routes?: Record<string, Serve>;
	/** Loopback allowed (default true: the feed itself is served on 127.0.0.1). */
	allowLoopback?: boolean;
	/** The feed's result expected after the run, when it is certain. */
	result?: 'ok' | 'failed' | 'not-modified';
	/** The failure code expected, when certain. */
	code?: string;
	/** Items from this feed expected in the store after the run (beyond the seeded one). */
	added?: number;
}

const TEXT = 'EO 14409';

/** An RSS 2.0 item; every argument is written as given (no escaping): the case controls it. */
function item(
	title: string,
	link = 'https://example.com/a',
	date = 'Tue, 02 Jun 2026 12:00:00 GMT',
	description = '',
): string {
	return `<item><title>${title}</title><link>${link}</link><pubDate>${date}</pubDate><description>${description}</description></item>`;
}

/** An RSS 2.0 document around `items`, with optional text before the root. */
function rss(items: string, prolog = '<?xml version="1.0" encoding="utf-8"?>'): string {
	return `${prolog}<rss version="2.0"><channel><title>Hostile</title><link>https://example.com/</link>${items}</channel></rss>`;
}

const send =
	(body: string | Uint8Array, headers: Record<string, string> = {}, status = 200): Serve =>
	(_req, res) => {
		res.writeHead(status, { 'content-type': 'application/rss+xml', ...headers });
		res.end(body);
	};

const redirectTo =
	(location: string | ((at: (path: string) => string) => string), status = 302): Serve =>
	(_req, res, at) => {
		res.writeHead(status, { location: typeof location === 'string' ? location : location(at) });
		res.end();
	};

const many = (count: number, make: (i: number) => string): string =>
	Array.from({ length: count }, (_, i) => make(i)).join('');

const dated = (date: string): Serve =>
	send(rss(item(`${TEXT} dated oddly`, 'https://example.com/d', date)));

const ok = { result: 'ok' as const };

/** Every hostile case; at least 50, across all groups. */
export const HOSTILE_CASES: HostileCase[] = [
	// XML
	{
		group: 'xml',
		name: 'billion laughs in a DTD',
		code: 'dtd-refused',
		serve: send(
			rss(
				item(`${TEXT} &lol9;`),
				'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol9 "&lol;&lol;&lol;">]>',
			),
		),
	},
	{
		group: 'xml',
		name: 'external entity reading a local file',
		code: 'dtd-refused',
		serve: send(
			rss(
				item(`${TEXT} &xxe;`),
				'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
			),
		),
	},
	{
		group: 'xml',
		name: '50,000 processing instructions in the prolog',
		result: 'failed',
		serve: send(rss(item(TEXT), `<?xml version="1.0"?>${'<?pi x?>'.repeat(50_000)}`)),
	},
	{
		group: 'xml',
		name: '20,000 comments in the prolog',
		result: 'failed',
		serve: send(rss(item(TEXT), `<?xml version="1.0"?>${'<!-- c -->'.repeat(20_000)}`)),
	},
	{
		group: 'xml',
		name: 'two DOCTYPEs',
		result: 'failed',
		serve: send(rss(item(TEXT), '<?xml version="1.0"?><!DOCTYPE rss><!DOCTYPE rss>')),
	},
	{
		group: 'xml',
		name: 'elements nested 10,000 deep',
		result: 'failed',
		serve: send(rss(item(`${TEXT}${'<x>'.repeat(10_000)}`))),
	},
	{
		group: 'xml',
		name: 'an element with 10,000 attributes',
		result: 'failed',
		serve: send(
			rss(
				`<item ${many(10_000, (i) => `a${i}="1" `)}><title>${TEXT}</title><link>https://example.com/a</link></item>`,
			),
		),
	},
	{
		group: 'xml',
		name: '300,000 empty elements',
		result: 'failed',
		serve: send(
			rss(
				`<item><title>${TEXT}</title><link>https://example.com/a</link>${'<x/>'.repeat(300_000)}</item>`,
			),
		),
	},
	{
		group: 'xml',
		name: 'unclosed channel',
		result: 'failed',
		serve: send(`<?xml version="1.0"?><rss version="2.0"><channel>${item(TEXT)}`),
	},
	{
		group: 'xml',
		name: 'bare ampersands and a stray CDATA end',
		result: 'failed',
		serve: send(rss(item(`${TEXT} & more ]]>`))),
	},
	{
		group: 'xml',
		name: '5,000 namespace declarations on the root',
		result: 'failed',
		serve: send(
			`<?xml version="1.0"?><rss version="2.0" ${many(5000, (i) => `xmlns:p${i}="urn:x:${i}" `)}><channel>${item(TEXT)}</channel></rss>`,
		),
	},
	// Encodings
	{
		group: 'encoding',
		name: 'UTF-16 with a byte-order mark',
		...ok,
		added: 1,
		serve: send(
			new Uint8Array(
				Buffer.from(
					`\ufeff${rss(item(`${TEXT} in UTF-16`, 'https://example.com/u16'), '<?xml version="1.0" encoding="utf-16"?>')}`,
					'utf16le',
				),
			),
		),
	},
	{
		group: 'encoding',
		name: 'invalid UTF-8 bytes in a title',
		...ok,
		added: 1,
		serve: send(
			new Uint8Array(
				Buffer.concat([
					Buffer.from(
						`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><item><title>${TEXT} `,
					),
					Buffer.from([0xff, 0xfe, 0xc0, 0x80]),
					Buffer.from('</title><link>https://example.com/bad8</link></item></channel></rss>'),
				]),
			),
		),
	},
	{
		group: 'encoding',
		name: 'an unknown declared charset',
		serve: send(
			rss(
				item(`${TEXT} charset`, 'https://example.com/cs'),
				'<?xml version="1.0" encoding="x-hostile-42"?>',
			),
			{ 'content-type': 'application/rss+xml; charset=x-hostile-42' },
		),
	},
	{
		group: 'encoding',
		name: 'a gzip bomb (40 MB of zeros)',
		result: 'failed',
		code: 'too-large',
		serve: send(new Uint8Array(gzipSync(Buffer.alloc(40 * 1024 * 1024))), {
			'content-encoding': 'gzip',
		}),
	},
	{
		group: 'encoding',
		name: 'a gzip header on a plain body',
		result: 'failed',
		code: 'encoding',
		serve: send(rss(item(TEXT)), { 'content-encoding': 'gzip' }),
	},
	{
		group: 'encoding',
		name: 'an unknown content coding',
		result: 'failed',
		code: 'encoding',
		serve: send(rss(item(TEXT)), { 'content-encoding': 'x-evil' }),
	},
	{
		group: 'encoding',
		name: 'Latin-1 labelled UTF-8',
		...ok,
		added: 1,
		serve: send(
			new Uint8Array(
				Buffer.from(
					rss(
						item(`${TEXT} caf\u00e9`, 'https://example.com/l1'),
						'<?xml version="1.0" encoding="iso-8859-1"?>',
					),
					'latin1',
				),
			),
		),
	},
	// Dates
	{
		group: 'date',
		name: 'a year past 9999',
		...ok,
		added: 1,
		serve: dated('99999-01-01T00:00:00Z'),
	},
	{
		group: 'date',
		name: 'an hour of 24',
		...ok,
		added: 1,
		serve: dated('Tue, 02 Jun 2026 24:00:00 GMT'),
	},
	{ group: 'date', name: 'an hour of 25', ...ok, added: 1, serve: dated('2026-06-02T25:00:00Z') },
	{
		group: 'date',
		name: 'the 31st of February',
		...ok,
		added: 1,
		serve: dated('2026-02-31T10:00:00Z'),
	},
	{
		group: 'date',
		name: 'far in the future (2099)',
		...ok,
		added: 1,
		serve: dated('Fri, 01 Jan 2099 00:00:00 GMT'),
	},
	{
		group: 'date',
		name: 'before 1990 (1970)',
		...ok,
		added: 1,
		serve: dated('Thu, 01 Jan 1970 00:00:00 GMT'),
	},
	{
		group: 'date',
		name: 'a 10,000-character date',
		...ok,
		added: 1,
		serve: dated('1'.repeat(10_000)),
	},
	{
		group: 'date',
		name: 'an offset of +99:99',
		...ok,
		added: 1,
		serve: dated('2026-06-02T10:00:00+99:99'),
	},
	{
		group: 'date',
		name: 'a negative year',
		...ok,
		added: 1,
		serve: dated('-0001-01-01T00:00:00Z'),
	},
	// Sizes
	{
		group: 'size',
		name: 'a declared length over the cap',
		result: 'failed',
		code: 'too-large',
		serve: (_req, res) => {
			res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
			res.end();
		},
	},
	{
		group: 'size',
		name: 'a streamed body over the cap',
		result: 'failed',
		code: 'too-large',
		serve: (_req, res) => {
			res.writeHead(200);
			const chunk = 'x'.repeat(1024 * 1024);
			for (let i = 0; i < 7; i++) res.write(chunk);
			res.end();
		},
	},
	{
		group: 'size',
		name: 'a 2 MB link',
		...ok,
		serve: send(rss(item(TEXT, `https://example.com/${'a'.repeat(2 * 1024 * 1024)}`))),
	},
	{
		group: 'size',
		name: 'a 1 MB title',
		...ok,
		added: 1,
		serve: send(rss(item(`${TEXT} ${'long '.repeat(200_000)}`, 'https://example.com/long'))),
	},
	{
		group: 'size',
		name: '3,000 items (over the 500 cap)',
		...ok,
		added: 500,
		serve: send(
			rss(
				many(3000, (i) =>
					item(
						`${TEXT} item number ${i} of many distinct words ${i * 7}`,
						`https://example.com/n${i}`,
						new Date(Date.UTC(2026, 5, 1) + i * 60_000).toUTCString(),
					),
				),
			),
		),
	},
	{
		group: 'size',
		name: 'a 4 MB summary',
		...ok,
		added: 1,
		serve: send(rss(item(TEXT, 'https://example.com/big', undefined, 'word '.repeat(800_000)))),
	},
	// Structure
	{
		group: 'structure',
		name: 'JSON Feed with fields of the wrong type',
		...ok,
		added: 1,
		serve: send(
			JSON.stringify({
				version: 'https://jsonfeed.org/version/1.1',
				items: [
					{
						id: 5,
						url: 'https://example.com/j',
						title: `${TEXT} json`,
						date_published: 17,
						tags: [1, 'x'],
						authors: 'x',
					},
				],
			}),
			{ 'content-type': 'application/feed+json' },
		),
	},
	{
		group: 'structure',
		name: 'JSON Feed whose items is not an array',
		result: 'failed',
		serve: send(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: { a: 1 } }), {
			'content-type': 'application/feed+json',
		}),
	},
	{
		group: 'structure',
		name: 'JSON nested 100,000 deep',
		result: 'failed',
		serve: send(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, {
			'content-type': 'application/json',
		}),
	},
	{
		group: 'structure',
		name: 'an HTML page',
		result: 'failed',
		code: 'not-a-feed',
		serve: send('<!doctype html><html><body>EO 14409</body></html>', {
			'content-type': 'text/html',
		}),
	},
	{ group: 'structure', name: 'an empty body', result: 'failed', code: 'empty', serve: send('') },
	{
		group: 'structure',
		name: 'titles made only of zero-width characters',
		...ok,
		serve: send(
			rss(item('\u200b\u200c\u200d\u2060\ufeff', 'https://example.com/zw', undefined, '')),
		),
	},
	{
		group: 'structure',
		name: '4,000 near-identical titles',
		...ok,
		serve: send(
			rss(
				many(4000, (i) =>
					item(
						`${TEXT} agencies publish the same long identical headline again ${i % 2}`,
						`https://example.com/same${i}`,
					),
				),
			),
		),
	},
	{
		group: 'structure',
		name: 'a binary body',
		result: 'failed',
		serve: send(new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256))),
	},
	// Network
	{ group: 'network', name: 'headers that never come', result: 'failed', serve: () => undefined },
	{
		group: 'network',
		name: 'a body that drips forever',
		result: 'failed',
		serve: (_req, res) => {
			res.writeHead(200);
			res.write('<');
		},
	},
	{
		group: 'network',
		name: 'a connection reset',
		result: 'failed',
		code: 'network',
		serve: (req) => req.socket.destroy(),
	},
	{
		group: 'network',
		name: 'a 304 to a request without validators',
		result: 'failed',
		code: 'http-status',
		serve: send('', {}, 304),
	},
	{
		group: 'network',
		name: 'a 503 asking to retry in a day',
		result: 'failed',
		code: 'http-status',
		serve: send('', { 'retry-after': '86400' }, 503),
	},
	{
		group: 'network',
		name: 'loopback when loopback is not allowed',
		allowLoopback: false,
		result: 'failed',
		code: 'address-refused',
		serve: send(rss(item(TEXT))),
	},
	{
		group: 'network',
		name: 'a status text with terminal escapes',
		result: 'failed',
		serve: (req) =>
			req.socket.end(
				'HTTP/1.1 418 \u001b[31mred\u001b[0m /home/user/secret\r\ncontent-length: 0\r\n\r\n',
			),
	},
	// Redirects
	{
		group: 'redirect',
		name: 'to a private address',
		result: 'failed',
		code: 'address-refused',
		serve: redirectTo('http://10.0.0.1/feed'),
	},
	{
		group: 'redirect',
		name: 'to the cloud metadata address',
		result: 'failed',
		code: 'address-refused',
		serve: redirectTo('http://169.254.169.254/latest/meta-data/'),
	},
	{
		group: 'redirect',
		name: 'to an IPv4-mapped private address',
		result: 'failed',
		code: 'address-refused',
		serve: redirectTo('http://[::ffff:192.168.0.1]/feed'),
	},
	{
		group: 'redirect',
		name: 'to a NAT64 private address',
		result: 'failed',
		code: 'address-refused',
		serve: redirectTo('http://[64:ff9b::c0a8:1]/feed'),
	},
	{
		group: 'redirect',
		name: 'to the unspecified address',
		result: 'failed',
		code: 'address-refused',
		serve: redirectTo((at) => at('/ok').replace('127.0.0.1', '0.0.0.0')),
	},
	{
		group: 'redirect',
		name: 'to a unique-local IPv6 address',
		result: 'failed',
		code: 'address-refused',
		serve: redirectTo('http://[fd00::1]/feed'),
	},
	{
		group: 'redirect',
		name: 'to loopback when loopback is not allowed',
		allowLoopback: false,
		result: 'failed',
		code: 'address-refused',
		serve: redirectTo('http://127.0.0.1:9/feed'),
	},
	{
		group: 'redirect',
		name: 'to a file: URL',
		result: 'failed',
		code: 'http-status',
		serve: redirectTo('file:///etc/passwd'),
	},
	{
		group: 'redirect',
		name: 'in a loop',
		result: 'failed',
		code: 'redirect-loop',
		serve: redirectTo((at) => at('')),
	},
	{
		group: 'redirect',
		name: 'through a chain of 20',
		result: 'failed',
		code: 'too-many-redirects',
		routes: Object.fromEntries(
			Array.from({ length: 20 }, (_, i) => [`/r${i}`, redirectTo((at) => at(`/r${i + 1}`))]),
		),
		serve: redirectTo((at) => at('/r0')),
	},
	// Markup
	{
		group: 'markup',
		name: 'escaped script in a title',
		...ok,
		added: 1,
		serve: send(
			rss(item(`&lt;script&gt;alert(1)&lt;/script&gt;${TEXT}`, 'https://example.com/m1')),
		),
	},
	{
		group: 'markup',
		name: 'escaped img onerror in a description',
		...ok,
		added: 1,
		serve: send(
			rss(
				item(
					`${TEXT} img`,
					'https://example.com/m2',
					undefined,
					'&amp;lt;img src=x onerror=alert(1)&amp;gt; &lt;img src=x onerror=alert(2)&gt;',
				),
			),
		),
	},
	{
		group: 'markup',
		name: 'CDATA markup in a description',
		...ok,
		added: 1,
		serve: send(
			rss(
				item(
					`${TEXT} cdata`,
					'https://example.com/m3',
					undefined,
					'<![CDATA[<p>x</p><iframe src="https://example.org/"></iframe>&lt;b&gt;bold&lt;/b&gt;]]>',
				),
			),
		),
	},
	{
		group: 'markup',
		name: 'a javascript: link',
		...ok,
		serve: send(rss(item(`${TEXT} js`, 'javascript:alert(1)'))),
	},
	{
		group: 'markup',
		name: 'a data: link',
		...ok,
		serve: send(rss(item(`${TEXT} data`, 'data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;'))),
	},
	{
		group: 'markup',
		name: 'bidi overrides and isolates in a title',
		...ok,
		added: 1,
		serve: send(rss(item(`${TEXT} \u202egnp.exe\u202c \u2066x\u2069`, 'https://example.com/m6'))),
	},
	{
		group: 'markup',
		name: 'triple-escaped markup',
		...ok,
		added: 1,
		serve: send(
			rss(
				item(
					`${TEXT} &amp;amp;lt;svg onload=alert(1)&amp;amp;gt;`,
					'https://example.com/m7',
					undefined,
					'&amp;amp;lt;a href=javascript:x&amp;amp;gt;click',
				),
			),
		),
	},
	{
		group: 'markup',
		name: 'markup in a JSON Feed text field',
		...ok,
		added: 1,
		serve: send(
			JSON.stringify({
				version: 'https://jsonfeed.org/version/1.1',
				items: [
					{
						id: 'm8',
						url: 'https://example.com/m8',
						title: `<img src=x onerror=alert(1)>${TEXT}`,
						summary: '<script>alert(1)</script><b>x</b>',
					},
				],
			}),
			{ 'content-type': 'application/feed+json' },
		),
	},
];
