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

/**
 * Corpus figures of ba9769c (before the plain-text shortcuts), measured with this same harness on
 * the shared machine, that code and this side by side in one process, over eight runs: our
 * pipeline's throughput and how many times faster than each library it was in the same run.
 */
const BEFORE = {
	commit: 'ba9769c',
	mebibytesPerSecond: 14.5,
	timesRssParser: 0.6,
	timesFeedsmith: 0.75,
};

/** Passes over the corpus before timing (compiled code for every side), then timed passes. */
const WARM_UP = 2;
const PASSES = 9;

/**
 * Throughput over the feed corpus, side by side in one run. Every side reads the same bytes: each
 * pass reads every file once, the sides take turns pass by pass (so load on a shared machine falls
 * on all alike), and each side's figure is the median of its passes in CPU time (the process's
 * user + system time, which other processes' load does not inflate the way it does wall time).
 * A refused or malformed file counts as work. What each side does per file:
 * - ours: bytes → charset detection and decoding → strict namespace-aware XML (or JSON Feed) →
 *   entries → normalized items (plain text with all markup removed, safe absolute URLs, UTC
 *   dates), the full pipeline of `npm run feeds` minus the network and the store;
 * - rss-parser and feedsmith: UTF-8 text → raw fields as written (no charset handling, markup
 *   and links left as they are), less work than ours.
 */
export async function corpusThroughput(root: string) {
	const corpus = process.env['FEEDS_CORPUS'] ?? join(root, '../shared/feeds-corpus');
	if (!existsSync(corpus)) return { skipped: 'feed corpus not found' };
	const files = readdirSync(corpus, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.(xml|rss|atom|rdf|json|html)$/.test(f))
		.map((f) => readFileSync(join(corpus, f)));
	const bytes = files.reduce((n, b) => n + b.length, 0);
	const mibPerSecond = (ms: number) => Number((bytes / 1024 / 1024 / (ms / 1000)).toFixed(2));
	const feedUrl = 'https://example.com/feed.xml';
	const phases = { decode: 0, parse: 0, normalize: 0 };
	const cpuMs = (since: NodeJS.CpuUsage) => {
		const used = process.cpuUsage(since);
		return (used.user + used.system) / 1000;
	};
	const sides: Record<'ours' | 'rssParser' | 'feedsmith', (body: Buffer) => unknown> = {
		ours: async (body) => {
			let at = process.cpuUsage();
			const { text } = decodeFeedBytes(new Uint8Array(body), null);
			phases.decode += cpuMs(at);
			at = process.cpuUsage();
			let parsed;
			try {
				parsed = await parseFeed(text, feedUrl);
			} finally {
				phases.parse += cpuMs(at);
			}
			at = process.cpuUsage();
			const now = new Date();
			for (const entry of parsed.entries) normalizeEntry(entry, { feed: 'corpus', feedUrl, now });
			phases.normalize += cpuMs(at);
		},
		// A fresh rss-parser per document: after some malformed documents a reused one (its xml2js
		// parser) never settles its next promise.
		rssParser: (body) => new RssParser().parseString(body.toString('utf8')),
		feedsmith: (body) => feedsmithParse(body.toString('utf8')),
	};
	const runs: Record<keyof typeof sides, number[]> = { ours: [], rssParser: [], feedsmith: [] };
	for (let pass = 0; pass < WARM_UP + PASSES; pass++) {
		if (pass === WARM_UP) Object.assign(phases, { decode: 0, parse: 0, normalize: 0 });
		for (const side of Object.keys(sides) as (keyof typeof sides)[]) {
			const started = process.cpuUsage();
			for (const body of files) {
				try {
					await sides[side](body);
				} catch {
					// Rejecting a file is part of the work.
				}
			}
			if (pass >= WARM_UP) runs[side].push(cpuMs(started));
		}
	}
	const median = (list: number[]) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)]!;
	const ours = median(runs.ours);
	const rssParserMs = median(runs.rssParser);
	const feedsmithMs = median(runs.feedsmith);
	const phaseTotal = phases.decode + phases.parse + phases.normalize;
	const share = (ms: number) => Number(((100 * ms) / phaseTotal).toFixed(1));
	const timesRssParser = Number((rssParserMs / ours).toFixed(2));
	const timesFeedsmith = Number((feedsmithMs / ours).toFixed(2));
	const result = {
		files: files.length,
		bytes,
		measure: `CPU time, median of ${PASSES} interleaved passes after ${WARM_UP} warm-up passes`,
		medianMs: Number(ours.toFixed(1)),
		mebibytesPerSecond: mibPerSecond(ours),
		rssParserMebibytesPerSecond: mibPerSecond(rssParserMs),
		feedsmithMebibytesPerSecond: mibPerSecond(feedsmithMs),
		/** How many times faster than each library (above 1: ahead). */
		timesRssParser,
		timesFeedsmith,
		phasePercent: {
			decode: share(phases.decode),
			parse: share(phases.parse),
			normalize: share(phases.normalize),
		},
		before: BEFORE,
	};
	console.log(
		[
			`Feed corpus: ${files.length} files, ${(bytes / 2 ** 20).toFixed(2)} MiB, ${result.measure}.`,
			`  ours (decode + parse + normalize)   ${result.mebibytesPerSecond} MiB/s`,
			`  rss-parser (parse only, UTF-8 in)   ${result.rssParserMebibytesPerSecond} MiB/s`,
			`  feedsmith (parse only, UTF-8 in)    ${result.feedsmithMebibytesPerSecond} MiB/s`,
			`  ours / rss-parser: ${BEFORE.timesRssParser}x → ${timesRssParser}x; ours / feedsmith: ${BEFORE.timesFeedsmith}x → ${timesFeedsmith}x (before: ${BEFORE.commit}, ${BEFORE.mebibytesPerSecond} MiB/s)`,
			`  time in decode ${result.phasePercent.decode}%, parse ${result.phasePercent.parse}%, normalize ${result.phasePercent.normalize}%`,
		].join('\n'),
	);
	return result;
}

/** Runs the aggregator benchmarks. */
export async function benchFeeds(root: string) {
	return { loopback: await loopbackRefresh(root), corpusParse: await corpusThroughput(root) };
}
