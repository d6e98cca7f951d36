/**
 * This site's search beside Pagefind on the same generated records, in the same Chromium run, at
 * 300, 1,300 and 10,000 records: per-query median and p95 after a warm-up pass, the bytes fetched
 * before the first result, the time to the first result on slow 4G, the typo queries whose top 5
 * are those of the query spelt right, and the ratios, printed beside the figures of issue 20 and
 * those of the search that downloaded every record. Ours is built as the site builds its index
 * (index-files.ts) and timed through the real /search/ page (its `search-query` measure, which
 * includes the index files a query fetches); Pagefind through its JS API, a query counting as done
 * when the data of its first ten results has loaded (what a page needs to show them).
 * Run: `node bench/search-pagefind.ts`.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import * as pagefind from 'pagefind';
import { chromium, type Page } from 'playwright-core';
import { createEngine } from '../src/lib/search/engine.ts';
import type { IndexManifest } from '../src/lib/search/index-files.ts';
import { launchOptions } from '../test/support/chromium.ts';
import { writeIndex } from '../test/support/search-index.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { BENCH_QUERIES, syntheticRecords, TYPO_QUERIES } from '../test/support/synthetic/search.ts';
import type { SearchRecord } from '../src/lib/search/record-types.ts';

const SIZES = [300, 1300, 10_000] as const;

/** Figures measured before this change (issue 20), per size: this site and Pagefind, ms and KiB. */
const BEFORE: Record<
	number,
	{
		site: [number, number];
		pagefind: [number, number];
		siteKiB?: number;
		pagefindKiB?: number;
		siteSlow4g?: number;
		pagefindSlow4g?: number;
	}
> = {
	300: { site: [17.5, 32.2], pagefind: [1.3, 3.4] },
	1300: { site: [64, 135], pagefind: [6, 14] },
	10_000: {
		site: [6.6, 13.1],
		pagefind: [31.4, 110.5],
		siteKiB: 1399,
		pagefindKiB: 173,
		siteSlow4g: 7800,
		pagefindSlow4g: 2600,
	},
};
/** The issue's typo figure (this site, Pagefind), on its typo queries. */
const ISSUE_TYPOS = ['5 of 5', '0 of 5'] as const;

/**
 * Figures of the search that downloaded every record and built its word index in the browser
 * (commit ba9769c), measured by this bench on the same machine: ms, KiB before the first result,
 * ms to the first result on slow 4G.
 */
const WHOLE_INDEX: Record<
	number,
	{
		site: [number, number];
		pagefind: [number, number];
		kib: [number, number];
		slow4g: [number, number];
	}
> = {
	300: { site: [2.9, 6.1], pagefind: [1.4, 5.3], kib: [39, 161], slow4g: [860, 1884] },
	1300: { site: [3.2, 7.9], pagefind: [3.7, 12.3], kib: [113, 162], slow4g: [858, 1877] },
	10_000: { site: [3.7, 8.4], pagefind: [20.7, 91.3], kib: [761, 224], slow4g: [4466, 2405] },
};

const quantile = (values: number[], q: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2));
};

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

/** Writes a Pagefind bundle of `records` into `out`. */
async function pagefindBundle(records: readonly SearchRecord[], out: string) {
	const { index } = await pagefind.createIndex({});
	if (!index) throw new Error('Pagefind did not create an index');
	for (const r of records) {
		await index.addCustomRecord({
			url: r.url,
			content: `${r.title}. ${r.text} ${r.keywords}`,
			language: 'en',
			meta: { title: r.title },
		});
	}
	const { errors } = await index.writeFiles({ outputPath: out });
	if (errors.length) throw new Error(errors.join('\n'));
}

/** Sends /search/'s index requests to the bench's index at `manifest` (served from dist/, so the network carries it). */
const useIndex = (page: Page, base: string, manifest: string) =>
	page.route('**/search-index.json', (route) =>
		route.continue({ url: new URL(manifest, base).href }),
	);

/** Ours: each query typed into /search/, twice; the second pass is timed. */
async function timeSite(page: Page, base: string, manifest: string) {
	await useIndex(page, base, manifest);
	await page.goto(new URL('search/', base).href);
	const input = page.locator('#search-q');
	const queries = [...BENCH_QUERIES, ...BENCH_QUERIES];
	for (const [i, q] of queries.entries()) {
		await input.fill(q);
		await page.waitForFunction(
			(n) => performance.getEntriesByName('search-query').length >= n,
			i + 1,
		);
	}
	const times = await page.evaluate(() =>
		performance.getEntriesByName('search-query').map((e) => e.duration),
	);
	return times.slice(BENCH_QUERIES.length);
}

/** Bytes (gzipped, as the server sends them) /search/ fetches from typing the first query to its first result shown. */
async function siteFirstBytes(page: Page, base: string, manifest: string) {
	await useIndex(page, base, manifest);
	// The page's own script too, although it loads before the query.
	const bodies: Array<Promise<number>> = [];
	page.on('response', (res) => {
		const path = new URL(res.url()).pathname;
		if (/\.js$|\.json$/.test(path)) bodies.push(res.body().then((b) => gzipSync(b).length));
	});
	await page.goto(new URL('search/', base).href);
	await page.locator('#search-q').fill(BENCH_QUERIES[0]!);
	await page.locator('search-page .results li').first().waitFor();
	return (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
}

/**
 * Typo queries with the right top 5: results, each holding every word of the query spelt right
 * (`holds`), as many as there are such records up to five. No result is wrong.
 */
async function typosRight(
	top5: (q: string) => Promise<string[]>,
	holds: (url: string, meant: string) => boolean,
) {
	let right = 0;
	for (const [typo, meant] of TYPO_QUERIES) {
		const got = await top5(typo);
		const want = Math.min(5, (await top5(meant)).length);
		if (got.length > 0 && got.length >= want && got.every((url) => holds(url, meant))) right++;
	}
	return right;
}

/** Whether the synthetic record at `url` holds every word of `meant`, as a whole word. */
const holdsIn = (records: readonly SearchRecord[]) => (url: string, meant: string) => {
	const i = Number(/\/synthetic\/(\d+)\//.exec(url)?.[1]);
	const record = records[i];
	if (!record) return false;
	const words = new Set(
		`${record.title} ${record.text} ${record.keywords}`.toLowerCase().split(/\W+/),
	);
	return meant.split(' ').every((w) => words.has(w));
};

/** This site's typo figure: the engine /search/ runs, over the index files held in memory. */
function siteTypos(
	records: readonly SearchRecord[],
	manifest: IndexManifest,
	files: Map<string, unknown>,
) {
	const engine = createEngine(Fuse, (path) => Promise.resolve(files.get(path)), manifest);
	return typosRight(
		async (q) => (await engine.search(q, { limit: 5 })).hits.map((h) => h.record.url),
		holdsIn(records),
	);
}

/** Pagefind's typo figure, through its JS API. */
async function pagefindTypos(
	page: Page,
	base: string,
	dir: string,
	records: readonly SearchRecord[],
) {
	await page.goto(new URL('404.html', base).href);
	const tops = await page.evaluate(
		async ({ dir, queries }) => {
			const pf = (await import(`/${dir}/pagefind.js`)) as {
				search: (
					q: string,
				) => Promise<{ results: Array<{ data: () => Promise<{ url: string }> }> }>;
			};
			const out: Record<string, string[]> = {};
			for (const q of queries) {
				const found = await pf.search(q);
				out[q] = (await Promise.all(found.results.slice(0, 5).map((r) => r.data()))).map(
					(d) => d.url,
				);
			}
			return out;
		},
		{ dir, queries: TYPO_QUERIES.flat() },
	);
	return typosRight((q) => Promise.resolve(tops[q] ?? []), holdsIn(records));
}

/** Pagefind: init, then each query twice (search and the data of its first ten results); the second pass is timed. */
async function timePagefind(page: Page, base: string, dir: string) {
	await page.goto(new URL('404.html', base).href);
	return page.evaluate(
		async ({ dir, queries }) => {
			const pf = (await import(`/${dir}/pagefind.js`)) as {
				init: () => Promise<void>;
				search: (q: string) => Promise<{ results: Array<{ data: () => Promise<unknown> }> }>;
			};
			await pf.init();
			const run = async (q: string) => {
				const found = await pf.search(q);
				await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
			};
			for (const q of queries) await run(q);
			const out: number[] = [];
			for (const q of queries) {
				const t0 = performance.now();
				await run(q);
				out.push(performance.now() - t0);
			}
			return out;
		},
		{ dir, queries: [...BENCH_QUERIES] },
	);
}

/** Bytes Pagefind needs for its first result: init plus the first query's index chunks and ten fragments. */
async function pagefindFirstBytes(page: Page, base: string, dir: string) {
	let total = 0;
	page.on('response', async (res) => {
		if (res.url().includes(`/${dir}/`)) total += (await res.body()).length;
	});
	await page.goto(new URL('404.html', base).href);
	await page.evaluate(
		async ({ dir, q }) => {
			const pf = (await import(`/${dir}/pagefind.js`)) as {
				search: (q: string) => Promise<{ results: Array<{ data: () => Promise<unknown> }> }>;
			};
			const found = await pf.search(q);
			await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
		},
		{ dir, q: BENCH_QUERIES[0]! },
	);
	await page.waitForTimeout(200);
	return total;
}

/** Lighthouse's slow 4G: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = {
	offline: false,
	latency: 150,
	downloadThroughput: 200_000,
	uploadThroughput: 93_750,
};

/**
 * Time to the first result on slow 4G, from a loaded page (our /search/, a blank page for
 * Pagefind) to the first result shown (ours) or its data loaded (Pagefind), caches cold.
 */
async function firstResultSlow(page: Page, base: string, which: 'site' | string, index: string) {
	if (which === 'site') await useIndex(page, base, index);
	await page.goto(new URL(which === 'site' ? 'search/' : '404.html', base).href);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
	const t0 = Date.now();
	if (which === 'site') {
		await page.locator('#search-q').fill(BENCH_QUERIES[0]!);
		await page.locator('search-page .results li').first().waitFor();
	} else {
		await page.evaluate(
			async ({ dir, q }) => {
				const pf = (await import(`/${dir}/pagefind.js`)) as {
					search: (q: string) => Promise<{ results: Array<{ data: () => Promise<unknown> }> }>;
				};
				const found = await pf.search(q);
				await found.results[0]?.data();
			},
			{ dir: which, q: BENCH_QUERIES[0]! },
		);
	}
	return Date.now() - t0;
}

/** Runs the comparison against the built site in `root`/dist. */
export async function benchSearchVsPagefind(root: string) {
	const dist = join(root, 'dist');
	const work = mkdtempSync(join(tmpdir(), 'search-pagefind-'));
	const extra: Record<string, string> = {};
	const removals: Array<() => void> = [];
	const bundles = new Map<
		number,
		{ dir: string; manifest: IndexManifest; files: Map<string, unknown>; records: SearchRecord[] }
	>();
	try {
		for (const size of SIZES) {
			const records = syntheticRecords(size, 14409);
			const dir = `pagefind-${size}`;
			await pagefindBundle(records, join(work, dir));
			for (const file of filesUnder(join(work, dir))) extra[`/${relative(work, file)}`] = file;
			// In dist/ (removed after), so that the server gzips it as a host would.
			const { manifest, files, remove } = writeIndex(dist, records, `bench-index-${size}`);
			removals.push(remove);
			bundles.set(size, { dir, manifest, files, records });
		}
		await pagefind.close();
		const { server, url } = await serveStatic(dist, extra);
		const browser = await chromium.launch(await launchOptions());
		const rows = [];
		try {
			for (const size of SIZES) {
				const { dir, manifest, files, records } = bundles.get(size)!;
				const index = `/bench-index-${size}.json`;
				const fresh = async <T>(fn: (page: Page) => Promise<T>) => {
					const context = await browser.newContext();
					try {
						return await fn(await context.newPage());
					} finally {
						await context.close();
					}
				};
				const siteTimes = await fresh((p) => timeSite(p, url, index));
				const pfTimes = await fresh((p) => timePagefind(p, url, dir));
				const siteFirst = await fresh((p) => siteFirstBytes(p, url, index));
				const pfFirst = await fresh((p) => pagefindFirstBytes(p, url, dir));
				const siteSlow = await fresh((p) => firstResultSlow(p, url, 'site', index));
				const pfSlow = await fresh((p) => firstResultSlow(p, url, dir, ''));
				const ours = { median: quantile(siteTimes, 0.5), p95: quantile(siteTimes, 0.95) };
				const theirs = { median: quantile(pfTimes, 0.5), p95: quantile(pfTimes, 0.95) };
				rows.push({
					records: size,
					site: {
						...ours,
						firstResultKiB: Math.round(siteFirst / 1024),
						slow4gMs: siteSlow,
						typosRight: await siteTypos(records, manifest, files),
					},
					pagefind: {
						...theirs,
						firstResultKiB: Math.round(pfFirst / 1024),
						slow4gMs: pfSlow,
						typosRight: await fresh((p) => pagefindTypos(p, url, dir, records)),
					},
					p95Ratio: Number((ours.p95 / theirs.p95).toFixed(2)),
					before: BEFORE[size],
					wholeIndex: WHOLE_INDEX[size],
				});
			}
		} finally {
			await browser.close();
			server.close();
		}
		return rows;
	} finally {
		rmSync(work, { recursive: true, force: true });
		for (const remove of removals) remove();
	}
}

if (import.meta.main) {
	const root = join(import.meta.dirname, '..');
	const rows = await benchSearchVsPagefind(root);
	const pair = (a: unknown, b: unknown) => `${String(a)} | ${String(b)}`;
	console.log('Each cell: this site | Pagefind.');
	console.table(
		rows.map((r) => ({
			records: r.records,
			'median/p95 ms': pair(
				`${r.site.median} / ${r.site.p95}`,
				`${r.pagefind.median} / ${r.pagefind.p95}`,
			),
			'p95 ratio': r.p95Ratio,
			'KiB before first result': pair(r.site.firstResultKiB, r.pagefind.firstResultKiB),
			'slow 4G first result ms': pair(r.site.slow4gMs, r.pagefind.slow4gMs),
			[`typo queries with the right top 5 (of ${TYPO_QUERIES.length})`]: pair(
				r.site.typosRight,
				r.pagefind.typosRight,
			),
		})),
	);
	console.log('Issue 20 figures (before the prefilter ran at every size):');
	console.table(
		rows.map((r) => ({
			records: r.records,
			'median/p95 ms': pair(r.before?.site.join(' / '), r.before?.pagefind.join(' / ')),
			'KiB before first result': pair(r.before?.siteKiB ?? '', r.before?.pagefindKiB ?? ''),
			'slow 4G first result ms': pair(r.before?.siteSlow4g ?? '', r.before?.pagefindSlow4g ?? ''),
			'typo queries with the right top 5': pair(...ISSUE_TYPOS),
		})),
	);
	console.log('The search that downloaded every record (index built in the browser):');
	console.table(
		rows.map((r) => ({
			records: r.records,
			'median/p95 ms': pair(r.wholeIndex?.site.join(' / '), r.wholeIndex?.pagefind.join(' / ')),
			'KiB before first result': pair(r.wholeIndex?.kib[0], r.wholeIndex?.kib[1]),
			'slow 4G first result ms': pair(r.wholeIndex?.slow4g[0], r.wholeIndex?.slow4g[1]),
		})),
	);
}
