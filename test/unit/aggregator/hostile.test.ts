/**
 * The aggregator against hostile feeds served on loopback (test/support/hostile-feeds.ts). For
 * every case, one refresh of a feed list holding the hostile feed must: settle before its
 * deadline (plus a little grace for writing), keep memory bounded, keep the item already stored
 * from that feed, store only valid items, publish only safe diagnostics, and put no element from
 * feed content into the site's RSS descriptions when read back by a real parser.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsItem } from '../../../src/lib/schemas/news.ts';
import { runFeeds, type RunReport } from '../../../src/lib/aggregator/run.ts';
import { readFeedState, readStore } from '../../../src/lib/aggregator/store/store-file.ts';
import { newsItemId } from '../../../src/lib/aggregator/store/store.ts';
import { startFeedServer, type FeedServer } from '../../support/feed-server.ts';
import { HOSTILE_CASES } from '../../support/hostile-feeds.ts';
import { readOutputsBack } from '../../support/output-safety.ts';

const DEADLINE_MS = 2500;
/** Writing the store and state after the deadline; generous for a loaded 2-core machine. */
const GRACE_MS = 2500;
const MEMORY_CAP = 512 * 1024 * 1024;
const RULES = [
	{ id: 'order-number', topic: 'order', phrases: ['EO 14409'], milestones: [], note: 'Test rule.' },
];
const KEPT_URL = 'https://example.com/kept-from-before';
const seeded: NewsItem = {
	id: newsItemId(KEPT_URL),
	feed: 'hostile',
	guid: null,
	title: 'EO 14409 item stored by an earlier refresh',
	url: KEPT_URL,
	publisher: 'Hostile publisher',
	kind: 'press',
	published: '2026-05-01T00:00:00.000Z',
	dateSource: 'feed',
	flags: [],
	summary: null,
	topics: ['order'],
	matches: [{ rule: 'order-number', topic: 'order', phrase: 'EO 14409', field: 'title' }],
	milestones: [],
	alsoReportedBy: [],
	firstSeen: '2026-05-01T00:00:00.000Z',
	updated: '2026-05-01T00:00:00.000Z',
};

let server: FeedServer;
beforeAll(async () => {
	server = await startFeedServer();
});
afterAll(() => server.close());

/** Runs one refresh of the hostile feed at `path` in a fresh project folder. */
async function refresh(path: string, allowLoopback: boolean) {
	const root = await mkdtemp(join(tmpdir(), 'hostile-'));
	try {
		await mkdir(join(root, 'config'));
		await mkdir(join(root, 'news'));
		await writeFile(join(root, 'config/relevance.json'), JSON.stringify(RULES));
		const feed = {
			id: 'hostile',
			title: 'Hostile feed',
			publisher: 'Hostile publisher',
			kind: 'press',
			url: server.url(path),
			urlConfidence: 'high',
			topics: ['order'],
			confidence: 'secondary',
		};
		await writeFile(join(root, 'config/feeds.json'), JSON.stringify([feed]));
		await writeFile(join(root, 'news/news.json'), JSON.stringify([seeded]));
		let timer: NodeJS.Timeout | undefined;
		const watchdog = new Promise<'hung'>((resolve) => {
			timer = setTimeout(() => resolve('hung'), DEADLINE_MS + GRACE_MS);
		});
		const run = runFeeds({
			root,
			config: 'config/feeds.json',
			store: 'news/news.json',
			state: 'state/feed-state.json',
			offline: false,
			now: new Date('2026-06-10T12:00:00Z'),
			concurrency: 2,
			timeoutMs: 400,
			deadlineMs: DEADLINE_MS,
			userAgent: 'hostile-suite/1.0',
			allowLoopback,
		});
		const report: RunReport | 'hung' = await Promise.race([run, watchdog]);
		clearTimeout(timer);
		if (report === 'hung') await run.catch(() => undefined);
		const items = await readStore(join(root, 'news/news.json'));
		const states = await readFeedState(join(root, 'state/feed-state.json'));
		return { report, items, states, root, rss: process.memoryUsage().rss };
	} finally {
		await rm(root, { recursive: true, force: true });
	}
}

const UNSAFE_TEXT = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

describe('the aggregator against hostile feeds', () => {
	it('has at least 50 cases across every group', () => {
		expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(50);
		expect(new Set(HOSTILE_CASES.map((c) => c.group)).size).toBe(8);
	});

	it.each(HOSTILE_CASES.map((c, i) => [`${c.group}: ${c.name}`, c, i] as const))(
		'%s',
		async (_, hostile, index) => {
			const prefix = `/h${index}`;
			const at = (path: string) => server.url(`${prefix}${path}`);
			server.route(prefix, (req, res) => hostile.serve(req, res, at));
			for (const [path, serve] of Object.entries(hostile.routes ?? {})) {
				server.route(`${prefix}${path}`, (req, res) => serve(req, res, at));
			}
			server.route(`${prefix}/ok`, (_req, res) => res.end('never fetched'));
			const before = server.requests.length;
			const { report, items, states, root, rss } = await refresh(
				prefix,
				hostile.allowLoopback ?? true,
			);

			// Finished before the deadline (the watchdog did not fire) with memory bounded.
			expect(report).not.toBe('hung');
			expect(rss).toBeLessThan(MEMORY_CAP);
			if (report === 'hung') return;
			const feed = report.feeds[0]!;
			if (hostile.result) expect(feed.result).toBe(hostile.result);
			if (hostile.code) expect(feed.code).toBe(hostile.code);

			// Nothing stored is lost; only valid, capped, visible records were added.
			expect(items.map((i) => i.url)).toContain(KEPT_URL);
			if (hostile.added !== undefined) expect(items.length - 1).toBe(hostile.added);
			for (const item of items) {
				expect(item.url).toMatch(/^https?:\/\//);
				expect(item.url.length).toBeLessThanOrEqual(2048);
				expect(item.title.replace(/[\p{Cf}\p{Z}\s]/gu, '')).not.toBe('');
				expect(item.title).not.toMatch(UNSAFE_TEXT);
				expect(item.summary ?? '').not.toMatch(UNSAFE_TEXT);
				expect(Date.parse(item.published)).toBeLessThanOrEqual(Date.UTC(2026, 5, 12, 12));
				expect(Date.parse(item.published)).toBeGreaterThanOrEqual(Date.UTC(1990, 0, 1));
			}

			// Diagnostics are safe to publish: no controls, no local path, capped.
			for (const message of [feed.message ?? '', states[0]?.error?.message ?? '']) {
				expect(message).not.toMatch(/\p{Cc}/u);
				expect(message).not.toContain(root);
				expect(message).not.toContain('/home/user');
				expect(message.length).toBeLessThanOrEqual(300);
			}

			// A refused address is refused before connecting: no request went anywhere else.
			if (hostile.code === 'address-refused') {
				const paths = server.requests.slice(before).map((r) => r.path);
				expect(paths.every((p) => p.startsWith(prefix))).toBe(true);
				expect(paths).not.toContain(`${prefix}/ok`);
			}

			// Read back through the site's RSS and JSON Feed: no element from feed content.
			const outputs = await readOutputsBack(items);
			// The RSS carries the newest items only, so at least one (the seeded item) and at most all.
			expect(outputs.rssItems).toBeGreaterThan(0);
			expect(outputs.rssItems).toBeLessThanOrEqual(items.length);
			expect(outputs.rssElements).toEqual([]);
			expect(outputs.rssTitleElements).toEqual([]);
			expect(outputs.jsonElements).toEqual([]);
			for (const entry of outputs.json) expect(entry.url).toMatch(/^https?:\/\//);
		},
	);
});
