/**
 * Aggregator figures for the bench report: 200 synthetic feeds of 50 items each, served on
 * loopback with a seeded 50–200 ms latency, refreshed at concurrency 1 and 16 (wall time, peak
 * memory, ratio); and parse throughput over the feed corpus beside the project, when present.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeFeedBytes } from '../src/lib/aggregator/decode/decode.ts';
import { normalizeEntry } from '../src/lib/aggregator/normalize/normalize.ts';
import { parseFeed } from '../src/lib/aggregator/parse/parse.ts';
import { parseFeed as feedsmithParse } from 'feedsmith';
import RssParser from 'rss-parser';
import { syntheticFeedXml, seededRandom } from '../test/support/synthetic/feeds.ts';

const FEEDS = 200;
const ITEMS = 50;

async function loopbackRefresh(root: string) {
	const random = seededRandom(14409);
	const latency = Array.from({ length: FEEDS }, () => 50 + Math.floor(random() * 151));
	const bodies = Array.from({ length: FEEDS }, (_, i) => syntheticFeedXml(i, ITEMS, 14409 + i));
	const server = createServer((req, res) => {
		const i = Number(/\/feed-(\d+)\.xml/.exec(req.url ?? '')?.[1] ?? -1);
		setTimeout(() => {
			if (!bodies[i]) {
				res.writeHead(404).end();
				return;
			}
			res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
			res.end(bodies[i]);
		}, latency[i] ?? 0);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	const dir = mkdtempSync(join(tmpdir(), 'bench-feeds-'));
	const feeds = bodies.map((_, i) => ({
		id: `bench-${i}`,
		title: `Bench feed ${i}`,
		publisher: `Publisher ${i % 20}`,
		kind: 'press',
		url: `http://127.0.0.1:${port}/feed-${i}.xml`,
		urlConfidence: 'high',
		topics: ['order'],
		confidence: 'secondary',
	}));
	writeFileSync(join(dir, 'feeds.json'), JSON.stringify(feeds));
	writeFileSync(
		join(dir, 'relevance.json'),
		readFileSync(join(root, 'content/feeds/relevance.json')),
	);
	const results: Record<string, unknown> = {};
	try {
		for (const concurrency of [1, 16]) {
			rmSync(join(dir, 'news'), { recursive: true, force: true });
			// Asynchronous: this process serves the feeds while the child fetches them.
			const stdout = await new Promise<string>((done, fail) => {
				const child = spawn(process.execPath, [
					join(root, 'bench/feeds-child.ts'),
					dir,
					'feeds.json',
					'news/news.json',
					String(concurrency),
				]);
				let out = '';
				let err = '';
				child.stdout.on('data', (chunk) => (out += chunk));
				child.stderr.on('data', (chunk) => (err += chunk));
				child.on('close', (code) =>
					code === 0 ? done(out) : fail(new Error(`bench child failed: ${err}`)),
				);
			});
			results[`concurrency${concurrency}`] = JSON.parse(stdout.trim().split('\n').at(-1)!);
		}
	} finally {
		server.close();
		rmSync(dir, { recursive: true, force: true });
	}
	const one = results['concurrency1'] as { wallMs: number };
	const sixteen = results['concurrency16'] as { wallMs: number };
	return {
		feeds: FEEDS,
		itemsPerFeed: ITEMS,
		latencyMs: [50, 200],
		...results,
		speedup16over1: Number((one.wallMs / sixteen.wallMs).toFixed(2)),
	};
}

export async function corpusThroughput(root: string) {
	const corpus = process.env['FEEDS_CORPUS'] ?? join(root, '../shared/feeds-corpus');
	if (!existsSync(corpus)) return { skipped: 'feed corpus not found' };
	const files = readdirSync(corpus, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.(xml|rss|atom|rdf|json|html)$/.test(f))
		.map((f) => readFileSync(join(corpus, f)));
	const bytes = files.reduce((n, b) => n + b.length, 0);
	const mibPerSecond = (ms: number) => Number((bytes / 1024 / 1024 / (ms / 1000)).toFixed(2));
	/** The median of five passes over every file; a refused or malformed file counts as work. */
	const medianOf = async (read: (body: Buffer) => unknown): Promise<number> => {
		const runs: number[] = [];
		for (let r = 0; r < 5; r++) {
			const started = performance.now();
			for (const body of files) {
				try {
					await read(body);
				} catch {
					// Rejecting a file is part of the work.
				}
			}
			runs.push(performance.now() - started);
		}
		return [...runs].sort((x, y) => x - y)[2]!;
	};
	// Ours: decode + parse + normalize (sanitized plain text, safe URLs, dates), the full pipeline.
	const ours = await medianOf(async (body) => {
		const { text } = decodeFeedBytes(new Uint8Array(body), null);
		const parsed = await parseFeed(text, 'https://example.com/feed.xml');
		for (const entry of parsed.entries) {
			normalizeEntry(entry, {
				feed: 'corpus',
				feedUrl: 'https://example.com/feed.xml',
				now: new Date(),
			});
		}
	});
	// The libraries parse only (UTF-8 text in, raw fields out): less work than ours.
	// A fresh rss-parser per document: after some malformed documents a reused one (its xml2js
	// parser) never settles its next promise.
	const rssParserMs = await medianOf((body) => new RssParser().parseString(body.toString('utf8')));
	const feedsmithMs = await medianOf((body) => feedsmithParse(body.toString('utf8')));
	return {
		files: files.length,
		bytes,
		medianMs: Number(ours.toFixed(1)),
		mebibytesPerSecond: mibPerSecond(ours),
		rssParserMebibytesPerSecond: mibPerSecond(rssParserMs),
		feedsmithMebibytesPerSecond: mibPerSecond(feedsmithMs),
	};
}

/** Runs the aggregator benchmarks. */
export async function benchFeeds(root: string) {
	return { loopback: await loopbackRefresh(root), corpusParse: await corpusThroughput(root) };
}
