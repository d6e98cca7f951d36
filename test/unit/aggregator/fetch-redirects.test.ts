import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../../src/lib/aggregator/fetch/fetch.ts';
import { startFeedServer, type FeedServer } from '../../support/feed-server.ts';
import { RSS, testOptions, text } from './fetch-fixture.ts';

let server: FeedServer;
beforeAll(async () => {
	server = await startFeedServer();
	server.route('/final.xml', (_req, res) =>
		res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(RSS),
	);
});
afterAll(() => server.close());

/** Routes `/<name>/1` … `/<name>/<hops>`, each redirecting to the next, the last to /final.xml. */
function chain(name: string, hops: number, status = 302): string {
	for (let hop = 1; hop <= hops; hop += 1) {
		const next = hop === hops ? '/final.xml' : `/${name}/${hop + 1}`;
		server.route(`/${name}/${hop}`, (_req, res) => res.writeHead(status, { Location: next }).end());
	}
	return server.url(`/${name}/1`);
}

describe('fetchFeed() redirects', () => {
	it('follows a chain of 3 and reports the final URL', async () => {
		const result = await fetchFeed(chain('three', 3), {}, testOptions().options);
		expect(result).toMatchObject({ status: 'ok', url: server.url('/final.xml'), attempts: 1 });
		expect(text(result)).toBe(RSS);
	});

	it.each([301, 302, 303, 307, 308])('follows a %i', async (status) => {
		const result = await fetchFeed(chain(`s${status}`, 1, status), {}, testOptions().options);
		expect(result).toMatchObject({ status: 'ok', url: server.url('/final.xml') });
	});

	it('follows exactly maxRedirects hops', async () => {
		const result = await fetchFeed(chain('five', 5), {}, testOptions().options);
		expect(result).toMatchObject({ status: 'ok', url: server.url('/final.xml') });
	});

	it('fails a chain of 6 with too-many-redirects, without requesting the 7th URL', async () => {
		const start = chain('six', 6);
		const result = await fetchFeed(start, {}, testOptions().options);
		expect(result).toMatchObject({ status: 'failed', code: 'too-many-redirects', attempts: 1 });
		expect(result.status === 'failed' && result.message).toContain(`(redirected from ${start})`);
		expect(server.requests.filter((r) => r.path.startsWith('/six/'))).toHaveLength(6);
	});

	it('detects a loop between two URLs', async () => {
		server.route('/ping', (_req, res) => res.writeHead(302, { Location: '/pong' }).end());
		server.route('/pong', (_req, res) => res.writeHead(302, { Location: '/ping' }).end());
		const result = await fetchFeed(server.url('/ping'), {}, testOptions().options);
		expect(result).toMatchObject({ status: 'failed', code: 'redirect-loop', attempts: 1 });
		expect(result.status === 'failed' && result.message).toContain(
			`${server.url('/ping')} was already requested`,
		);
	});

	it('detects a URL redirecting to itself, fragment or not', async () => {
		server.route('/self', (_req, res) => res.writeHead(301, { Location: '/self#top' }).end());
		const result = await fetchFeed(server.url('/self'), {}, testOptions().options);
		expect(result).toMatchObject({ status: 'failed', code: 'redirect-loop' });
	});

	it.each([
		['/rel/a/b', '../x.xml', '/rel/x.xml'],
		['/sib/page', 'x.xml', '/sib/x.xml'],
		['/abs/page', '/abs-target.xml', '/abs-target.xml'],
		['/sch/page', '//127.0.0.1:PORT/sch-target.xml', '/sch-target.xml'],
	])(
		'resolves a relative Location against the current URL: %s + %s = %s',
		async (from, location, to) => {
			const target = location.replace('PORT', String(server.port));
			server.route(from, (_req, res) => res.writeHead(302, { Location: target }).end());
			server.route(to, (_req, res) => res.end(RSS));
			const result = await fetchFeed(server.url(from), {}, testOptions().options);
			expect(result).toMatchObject({ status: 'ok', url: server.url(to) });
		},
	);

	it.each(['ftp://example.com/feed.xml', 'javascript:alert(1)', 'data:text/xml,<rss/>'])(
		'refuses a redirect to %s',
		async (location) => {
			const path = `/to-${location.slice(0, 4)}`;
			server.route(path, (_req, res) => res.writeHead(301, { Location: location }).end());
			const result = await fetchFeed(server.url(path), {}, testOptions().options);
			expect(result).toMatchObject({ status: 'failed', code: 'http-status', httpStatus: 301 });
			expect(result.status === 'failed' && result.message).toMatch(
				/redirect refused: .*only http and https/,
			);
		},
	);

	it('fails a redirect without a Location header', async () => {
		server.route('/nowhere', (_req, res) => res.writeHead(302).end());
		const result = await fetchFeed(server.url('/nowhere'), {}, testOptions().options);
		expect(result).toMatchObject({ status: 'failed', code: 'http-status', httpStatus: 302 });
		expect(result.status === 'failed' && result.message).toContain('without a Location header');
	});

	it('sends the validators along the chain and reports not-modified at the final URL', async () => {
		server.route('/moved', (_req, res) => res.writeHead(301, { Location: '/cached' }).end());
		server.route('/cached', (req, res) => {
			res.writeHead(req.headers['if-none-match'] === '"v9"' ? 304 : 200).end(RSS);
		});
		const result = await fetchFeed(server.url('/moved'), { etag: '"v9"' }, testOptions().options);
		expect(result).toEqual({
			status: 'not-modified',
			url: server.url('/cached'),
			etag: '"v9"',
			lastModified: null,
			attempts: 1,
		});
	});
});
