import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RunError, runFeeds, type RunOptions } from '../../../src/lib/aggregator/run.ts';
import { readFeedState, readStore } from '../../../src/lib/aggregator/store/store-file.ts';
import { startFeedServer, type FeedServer } from '../../support/feed-server.ts';

const rss = (items: Array<{ title: string; link: string; date?: string; description?: string }>) =>
	`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Example</title><link>https://example.com/</link>${items
		.map(
			(i) =>
				`<item><title>${i.title}</title><link>${i.link}</link>${i.date ? `<pubDate>${i.date}</pubDate>` : ''}<description>${i.description ?? ''}</description></item>`,
		)
		.join('')}</channel></rss>`;

const RULES = [
	{ id: 'order-number', topic: 'order', phrases: ['EO 14409'], milestones: [], note: 'Test rule.' },
	{
		id: 'gold-eagle',
		topic: 'clearinghouse',
		phrases: ['GOLD EAGLE'],
		milestones: ['2d-ai-cybersecurity-clearinghouse'],
		note: 'Test rule.',
	},
];

const feed = (id: string, url: string, kind = 'press') => ({
	id,
	title: `Feed ${id}`,
	publisher: `Publisher ${id}`,
	kind,
	url,
	urlConfidence: 'high',
	topics: ['order'],
	confidence: 'secondary',
});

let server: FeedServer;
let root: string;
beforeAll(async () => {
	server = await startFeedServer();
});
afterAll(() => server.close());
beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'feeds-run-'));
	await mkdir(join(root, 'config'));
	await writeFile(join(root, 'config/relevance.json'), JSON.stringify(RULES));
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function setUp(feeds: unknown[]) {
	await writeFile(join(root, 'config/feeds.json'), JSON.stringify(feeds));
}

const options = (overrides: Partial<RunOptions> = {}): RunOptions => ({
	root,
	config: 'config/feeds.json',
	store: 'news/news.json',
	state: 'state/feed-state.json',
	offline: false,
	now: new Date('2026-11-23T12:00:00Z'),
	concurrency: 4,
	timeoutMs: 2000,
	deadlineMs: 10_000,
	userAgent: 'test-agent/1.0',
	allowLoopback: true,
	...overrides,
});

const store = () => readStore(join(root, 'news/news.json'));
const states = () => readFeedState(join(root, 'state/feed-state.json'));

describe('runFeeds()', () => {
	it('keeps relevant items with their reason, drops the rest with a count, and records feed state', async () => {
		server.route('/a.xml', (_req, res) => {
			res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
			res.end(
				rss([
					{
						title: 'Treasury launches GOLD EAGLE',
						link: 'https://example.com/gold?utm_source=x',
						date: 'Tue, 14 Jul 2026 15:00:00 GMT',
					},
					{
						title: 'Unrelated <b>weather</b>',
						link: 'https://example.com/weather',
						date: 'Tue, 14 Jul 2026 15:00:00 GMT',
					},
					{ title: '<script>alert(1)</script>EO 14409 explained', link: 'javascript:alert(1)' },
				]),
			);
		});
		await setUp([feed('feed-a', server.url('/a.xml'))]);
		await mkdir(join(root, 'news'));
		const report = await runFeeds(options());
		expect(report.feeds[0]).toMatchObject({
			id: 'feed-a',
			result: 'ok',
			entries: 3,
			kept: 1,
			new: 1,
		});
		expect(report.feeds[0]!.dropped).toEqual({ irrelevant: 1, 'unsafe-url': 1 });
		const [item] = await store();
		expect(item).toMatchObject({
			title: 'Treasury launches GOLD EAGLE',
			url: 'https://example.com/gold',
			publisher: 'Publisher feed-a',
			topics: ['clearinghouse'],
			milestones: ['2d-ai-cybersecurity-clearinghouse'],
			published: '2026-07-14T15:00:00.000Z',
			firstSeen: '2026-11-23T12:00:00.000Z',
		});
		expect(item!.matches).toEqual([
			{ rule: 'gold-eagle', topic: 'clearinghouse', phrase: 'GOLD EAGLE', field: 'title' },
		]);
		expect((await states())[0]).toMatchObject({
			id: 'feed-a',
			result: 'ok',
			etag: '"v1"',
			entries: 3,
			kept: 1,
		});
	});

	it('sends the validators back, and a 304 or a failure keeps every earlier item', async () => {
		let mode: 'ok' | '304' | 'fail' = 'ok';
		const seen: Array<string | undefined> = [];
		server.route('/b.xml', (req, res) => {
			seen.push(req.headers['if-none-match']);
			if (mode !== 'ok') {
				res.writeHead(mode === '304' ? 304 : 404).end();
				return;
			}
			res.writeHead(200, { etag: '"b1"' });
			res.end(
				rss([
					{
						title: 'EO 14409 signed',
						link: 'https://example.com/signed',
						date: 'Tue, 02 Jun 2026 12:00:00 GMT',
					},
				]),
			);
		});
		await setUp([feed('feed-b', server.url('/b.xml'))]);
		await runFeeds(options());
		const first = await readFile(join(root, 'news/news.json'), 'utf8');
		mode = '304';
		const second = await runFeeds(options({ now: new Date('2026-11-24T12:00:00Z') }));
		expect(second.feeds[0]!.result).toBe('not-modified');
		expect(seen.at(-1)).toBe('"b1"');
		expect(await readFile(join(root, 'news/news.json'), 'utf8')).toBe(first);
		mode = 'fail';
		const third = await runFeeds(options({ now: new Date('2026-11-25T12:00:00Z') }));
		expect(third.feeds[0]).toMatchObject({ result: 'failed', code: 'http-status' });
		expect(await readFile(join(root, 'news/news.json'), 'utf8')).toBe(first);
		expect((await states())[0]).toMatchObject({
			result: 'failed',
			lastSuccess: '2026-11-24T12:00:00.000Z',
			etag: '"b1"',
		});
	});

	it('moves a stored http link to https when the story comes back by https, never back', async () => {
		let link = '';
		server.route('/s.xml', (_req, res) => {
			res.writeHead(200, { 'content-type': 'application/rss+xml' });
			res.end(rss([{ title: 'GOLD EAGLE opens', link, date: 'Tue, 14 Jul 2026 15:00:00 GMT' }]));
		});
		await setUp([feed('feed-s', server.url('/s.xml'))]);
		const links: string[] = [];
		for (const [day, sent] of [
			[23, 'http://example.com/gold-eagle'],
			[24, 'https://example.com/gold-eagle'],
			[25, 'http://example.com/gold-eagle'],
		] as const) {
			link = sent;
			await runFeeds(options({ now: new Date(Date.UTC(2026, 10, day, 12)) }));
			const items = await store();
			expect(items).toHaveLength(1);
			links.push(items[0]!.url);
		}
		expect(links).toEqual([
			'http://example.com/gold-eagle',
			'https://example.com/gold-eagle',
			'https://example.com/gold-eagle',
		]);
	});

	it('offline, reads local feeds and reports remote ones as skipped without a request', async () => {
		await mkdir(join(root, 'content/feeds'), { recursive: true });
		await writeFile(
			join(root, 'content/feeds/curated.xml'),
			rss([{ title: 'Analysis of EO 14409', link: 'https://example.org/analysis' }]),
		);
		await setUp([
			feed('local-feed', 'local:content/feeds/curated.xml', 'curated'),
			feed('remote', server.url('/never.xml')),
		]);
		const before = server.requests.length;
		const report = await runFeeds(options({ offline: true }));
		expect(report.feeds.map((r) => r.result)).toEqual(['ok', 'skipped']);
		expect(server.requests.length).toBe(before);
		const [item] = await store();
		expect(item).toMatchObject({ kind: 'curated', dateSource: 'first-seen', flags: ['no-date'] });
	});

	it('gives up on a feed that never answers when the deadline passes, and still writes the rest', async () => {
		server.route('/slow.xml', () => undefined);
		server.route('/fast.xml', (_req, res) =>
			res.end(
				rss([
					{
						title: 'EO 14409 news',
						link: 'https://example.com/fast',
						date: 'Tue, 02 Jun 2026 12:00:00 GMT',
					},
				]),
			),
		);
		await setUp([feed('slow', server.url('/slow.xml')), feed('fast', server.url('/fast.xml'))]);
		const report = await runFeeds(options({ timeoutMs: 60_000, deadlineMs: 300 }));
		expect(report.feeds.find((r) => r.id === 'slow')).toMatchObject({
			result: 'failed',
			code: 'aborted',
		});
		expect(report.feeds.find((r) => r.id === 'fast')!.result).toBe('ok');
		expect((await store()).map((i) => i.url)).toEqual(['https://example.com/fast']);
	});

	it.each([
		[
			'a feed list entry with a bad field',
			[{ ...feed('x', 'ftp://example.com/feed') }],
			/feeds\.json \(entry \[0\] "[^"]+"\), field "url"/,
		],
		['a feed list that is not JSON', '{', /feeds\.json: not valid JSON/],
	])(
		'refuses %s, naming the file and field, and writes nothing',
		async (_name, content, message) => {
			await writeFile(
				join(root, 'config/feeds.json'),
				typeof content === 'string' ? content : JSON.stringify(content),
			);
			await expect(runFeeds(options())).rejects.toThrow(RunError);
			await expect(runFeeds(options())).rejects.toThrow(message);
			await expect(readFile(join(root, 'news/news.json'))).rejects.toThrow(/ENOENT/);
		},
	);

	it('refuses an invalid store and leaves it as it was', async () => {
		await setUp([feed('feed-c', server.url('/c.xml'))]);
		await mkdir(join(root, 'news'));
		const broken = JSON.stringify([{ id: 'n-1', title: 'no other fields' }]);
		await writeFile(join(root, 'news/news.json'), broken);
		await expect(runFeeds(options())).rejects.toThrow(
			/news\.json \(entry \[0\] "n-1"\), field "feed"/,
		);
		expect(await readFile(join(root, 'news/news.json'), 'utf8')).toBe(broken);
	});
});
