import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_ACCEPT, fetchFeed } from '../../../src/lib/aggregator/fetch/fetch.ts';
import { startFeedServer, type FeedServer } from '../../support/feed-server.ts';
import { RSS, testOptions, text, USER_AGENT } from './fetch-fixture.ts';

let server: FeedServer;
beforeAll(async () => {
	server = await startFeedServer();
});
afterAll(() => server.close());

describe('fetchFeed() on a 200', () => {
	it('returns the body bytes, raw Content-Type, validators and the URL', async () => {
		server.route('/feed.xml', (_req, res) => {
			res.writeHead(200, {
				'Content-Type': 'application/rss+xml; charset=utf-8',
				ETag: '"abc"',
				'Last-Modified': 'Wed, 21 Oct 2026 07:28:00 GMT',
			});
			res.end(RSS);
		});
		const result = await fetchFeed(server.url('/feed.xml'), {}, testOptions().options);
		expect(result).toMatchObject({
			status: 'ok',
			url: server.url('/feed.xml'),
			contentType: 'application/rss+xml; charset=utf-8',
			etag: '"abc"',
			lastModified: 'Wed, 21 Oct 2026 07:28:00 GMT',
			attempts: 1,
		});
		expect(text(result)).toBe(RSS);
	});

	it('returns null validators and type when the server sends none', async () => {
		server.route('/bare', (_req, res) => res.end(RSS));
		const result = await fetchFeed(server.url('/bare'), {}, testOptions().options);
		expect(result).toMatchObject({
			status: 'ok',
			contentType: null,
			etag: null,
			lastModified: null,
		});
	});

	it('sends the User-Agent, a feed-first Accept and Accept-Encoding, and no validators unasked', async () => {
		server.route('/headers', (_req, res) => res.end(RSS));
		await fetchFeed(server.url('/headers'), {}, testOptions().options);
		const { headers } = server.requests.findLast((r) => r.path === '/headers')!;
		expect(headers['user-agent']).toBe(USER_AGENT);
		expect(headers['accept']).toBe(FEED_ACCEPT);
		expect(headers['accept']).toMatch(
			/^application\/rss\+xml, application\/atom\+xml, application\/feed\+json/,
		);
		expect(headers['accept']).toMatch(/\*\/\*;q=0\.\d$/);
		expect(headers['accept-encoding']).toBe('gzip, deflate, br');
		expect(headers).not.toHaveProperty('if-none-match');
		expect(headers).not.toHaveProperty('if-modified-since');
	});
});

describe('fetchFeed() conditional GET', () => {
	beforeAll(() => {
		server.route('/etag', (req, res) => {
			if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { ETag: '"v1"' }).end();
			else res.writeHead(200, { ETag: '"v1"' }).end(RSS);
		});
		server.route('/dated', (req, res) => {
			if (req.headers['if-modified-since'] === 'Tue, 01 Sep 2026 00:00:00 GMT')
				res.writeHead(304).end();
			else res.end(RSS);
		});
	});

	it('304 after If-None-Match: not-modified with the ETag', async () => {
		const result = await fetchFeed(server.url('/etag'), { etag: '"v1"' }, testOptions().options);
		expect(result).toEqual({
			status: 'not-modified',
			url: server.url('/etag'),
			etag: '"v1"',
			lastModified: null,
			attempts: 1,
		});
	});

	it('304 after If-Modified-Since without validators keeps the ones sent', async () => {
		const sent = { etag: '"old"', lastModified: 'Tue, 01 Sep 2026 00:00:00 GMT' };
		const result = await fetchFeed(server.url('/dated'), sent, testOptions().options);
		expect(result).toEqual({
			status: 'not-modified',
			url: server.url('/dated'),
			...sent,
			attempts: 1,
		});
		const { headers } = server.requests.findLast((r) => r.path === '/dated')!;
		expect(headers['if-none-match']).toBe('"old"');
	});

	it('a stale ETag gets the full body and the new ETag', async () => {
		const result = await fetchFeed(server.url('/etag'), { etag: '"v0"' }, testOptions().options);
		expect(result).toMatchObject({ status: 'ok', etag: '"v1"' });
	});
});

describe('fetchFeed() on client errors', () => {
	it.each([
		[404, /404 Not Found: check the feed URL/],
		[410, /410 Gone: the feed is gone for good/],
		[403, /403 Forbidden/],
		[400, /HTTP 400 Bad Request/],
	])('HTTP %i fails with http-status, no retry, naming the URL', async (status, message) => {
		server.route(`/status-${status}`, (_req, res) => res.writeHead(status).end('nope'));
		const url = server.url(`/status-${status}`);
		const result = await fetchFeed(url, {}, testOptions().options);
		expect(result).toMatchObject({
			status: 'failed',
			code: 'http-status',
			httpStatus: status,
			attempts: 1,
		});
		expect(result.status === 'failed' && result.message).toMatch(message);
		expect(result.status === 'failed' && result.message.startsWith(`${url}: `)).toBe(true);
	});
});

describe('fetchFeed() content types', () => {
	it.each([
		['text/plain', RSS],
		['application/octet-stream', RSS],
		['text/html; charset=utf-8', '<!doctype html><title>Not a feed</title><p>Hello</p>'],
		['application/json', '{"version":"https://jsonfeed.org/version/1.1","items":[]}'],
	])('passes a textual body served as %s to the parser', async (type, body) => {
		const path = `/type-${encodeURIComponent(type)}`;
		server.route(path, (_req, res) => res.writeHead(200, { 'Content-Type': type }).end(body));
		const result = await fetchFeed(server.url(path), {}, testOptions().options);
		expect(result).toMatchObject({ status: 'ok', contentType: type });
		expect(text(result)).toBe(body);
	});

	it.each(['image/png', 'audio/mpeg', 'video/mp4', 'font/woff2', 'IMAGE/GIF'])(
		'refuses %s with bad-content-type',
		async (type) => {
			const path = `/media-${encodeURIComponent(type)}`;
			server.route(path, (_req, res) =>
				res.writeHead(200, { 'Content-Type': type }).end('\x89PNG'),
			);
			const result = await fetchFeed(server.url(path), {}, testOptions().options);
			expect(result).toMatchObject({ status: 'failed', code: 'bad-content-type', attempts: 1 });
			expect(result.status === 'failed' && result.message).toContain(type);
		},
	);

	it('passes bytes through untouched when the declared charset is wrong', async () => {
		// "café" in ISO-8859-1, declared as UTF-8: decoding is the parser's job, not the transport's.
		const bytes = Buffer.concat([
			Buffer.from('<rss><channel><title>caf'),
			Buffer.from([0xe9]),
			Buffer.from('</title></channel></rss>'),
		]);
		server.route('/latin1', (_req, res) => {
			res.writeHead(200, { 'Content-Type': 'text/xml;charset="UTF-8"' }).end(bytes);
		});
		const result = await fetchFeed(server.url('/latin1'), {}, testOptions().options);
		expect(result).toMatchObject({ status: 'ok', contentType: 'text/xml;charset="UTF-8"' });
		expect(result.status === 'ok' && Buffer.from(result.body).equals(bytes)).toBe(true);
	});
});

describe('fetchFeed() empty bodies', () => {
	it.each([
		['nothing', ''],
		['whitespace only', ' \r\n\t\n'],
	])('a 200 with %s is empty', async (_name, body) => {
		const path = `/empty-${body.length}`;
		server.route(path, (_req, res) =>
			res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(body),
		);
		const result = await fetchFeed(server.url(path), {}, testOptions().options);
		expect(result).toMatchObject({ status: 'failed', code: 'empty', attempts: 1 });
		expect(result.status === 'failed' && result.message).toContain(server.url(path));
	});
});

describe('fetchFeed() refuses what it cannot fetch', () => {
	it.each([
		['ftp://example.com/feed.xml', /only http and https/],
		['javascript:alert(1)', /only http and https/],
		['file:///etc/passwd', /only http and https/],
		['not a url', /"not a url" is not a valid URL/],
		['', /is not a valid URL/],
	])('%j fails with config before any request', async (url, message) => {
		const result = await fetchFeed(url, {}, testOptions().options);
		expect(result).toMatchObject({ status: 'failed', code: 'config', attempts: 0 });
		expect(result.status === 'failed' && result.message).toMatch(message);
	});

	it('a validator that cannot be sent in a header fails with config', async () => {
		server.route('/never', (_req, res) => res.end(RSS));
		const result = await fetchFeed(
			server.url('/never'),
			{ etag: '"a"\r\nX-Evil: 1' },
			testOptions().options,
		);
		expect(result).toMatchObject({ status: 'failed', code: 'config' });
		expect(server.requests.some((r) => r.path === '/never')).toBe(false);
	});

	it('a refused connection fails with network, naming the URL, without retrying', async () => {
		const port = await new Promise<number>((resolve) => {
			const probe = createServer().listen(0, '127.0.0.1', () => {
				const address = probe.address();
				probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
			});
		});
		const { options, waits } = testOptions();
		const url = `http://127.0.0.1:${port}/feed.xml`;
		const result = await fetchFeed(url, {}, options);
		expect(result).toMatchObject({ status: 'failed', code: 'network', attempts: 1 });
		expect(result.status === 'failed' && result.message).toBe(
			`${url}: connection refused (ECONNREFUSED)`,
		);
		expect(waits).toEqual([]);
	});
});
