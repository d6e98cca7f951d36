/**
 * This site's search beside Pagefind on the same generated records, in the same Chromium run, at
 * 300, 1,300 and 10,000 records: per-query median and p95 after a warm-up pass, the bytes fetched
 * before the first result, and the ratios, printed beside the figures measured before the
 * prefilter ran at every size (issue 20). Ours is timed through the real /search/ page (its
 * `search-query` measure); Pagefind through its JS API, a query counting as done when the data of
 * its first ten results has loaded (what a page needs to show them); and the time to the first
 * result on slow 4G. Run: `node bench/search-pagefind.ts`.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { chromium, type Page } from 'playwright-core';
import { launchOptions } from '../test/support/chromium.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { BENCH_QUERIES, syntheticRecords } from '../test/support/synthetic/search.ts';
import type { SearchRecord } from '../src/lib/search/record-types.ts';

const SIZES = [300, 1300, 10_000] as const;

/** Figures measured before this change (issue 20), per size: this site and Pagefind, ms and KiB. */
const BEFORE: Record<
	number,
	{ site: [number, number]; pagefind: [number, number]; siteKiB?: number; pagefindKiB?: number }
> = {
	300: { site: [17.5, 32.2], pagefind: [1.3, 3.4] },
	1300: { site: [64, 135], pagefind: [6, 14] },
	10_000: { site: [6.6, 13.1], pagefind: [31.4, 110.5], siteKiB: 1399, pagefindKiB: 173 },
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

/** Ours: each query typed into /search/, twice; the second pass is timed. Bytes: gzip of what it fetches. */
async function timeSite(page: Page, base: string, payload: string) {
	await page.route('**/search-index.json', (route) =>
		route.fulfill({ body: payload, contentType: 'application/json' }),
	);
	const bytes: number[] = [];
	page.on('response', async (res) => {
		const url = res.url();
		if (url.endsWith('search-index.json') || /\/_astro\/.+\.js$/.test(url)) {
			bytes.push(gzipSync(await res.body()).length);
		}
	});
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
	return { times: times.slice(BENCH_QUERIES.length), bytes: bytes.reduce((a, b) => a + b, 0) };
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
	if (which === 'site') {
		// Sent on to the server (not fulfilled here) so that the throttled network carries it.
		await page.route('**/search-index.json', (route) =>
			route.continue({ url: new URL(index, base).href }),
		);
	}
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
	const bundles = new Map<number, { records: SearchRecord[]; dir: string }>();
	try {
		for (const size of SIZES) {
			const records = syntheticRecords(size, 14409);
			const dir = `pagefind-${size}`;
			await pagefindBundle(records, join(work, dir));
			for (const file of filesUnder(join(work, dir))) extra[`/${relative(work, file)}`] = file;
			bundles.set(size, { records, dir });
			// In dist/ (removed after), so that the server gzips it as a host would.
			writeFileSync(
				join(dist, `bench-index-${size}.json`),
				JSON.stringify({ records, shards: [] }),
			);
		}
		await pagefind.close();
		const { server, url } = await serveStatic(dist, extra);
		const browser = await chromium.launch(await launchOptions());
		const rows = [];
		try {
			for (const size of SIZES) {
				const { records, dir } = bundles.get(size)!;
				const fresh = async <T>(fn: (page: Page) => Promise<T>) => {
					const context = await browser.newContext();
					try {
						return await fn(await context.newPage());
					} finally {
						await context.close();
					}
				};
				const site = await fresh((p) => timeSite(p, url, JSON.stringify({ records, shards: [] })));
				const pfTimes = await fresh((p) => timePagefind(p, url, dir));
				const pfFirst = await fresh((p) => pagefindFirstBytes(p, url, dir));
				const siteSlow = await fresh((p) =>
					firstResultSlow(p, url, 'site', `/bench-index-${size}.json`),
				);
				const pfSlow = await fresh((p) => firstResultSlow(p, url, dir, ''));
				const ours = { median: quantile(site.times, 0.5), p95: quantile(site.times, 0.95) };
				const theirs = { median: quantile(pfTimes, 0.5), p95: quantile(pfTimes, 0.95) };
				rows.push({
					records: size,
					site: { ...ours, firstResultKiB: Math.round(site.bytes / 1024), slow4gMs: siteSlow },
					pagefind: { ...theirs, firstResultKiB: Math.round(pfFirst / 1024), slow4gMs: pfSlow },
					p95Ratio: Number((ours.p95 / theirs.p95).toFixed(2)),
					before: BEFORE[size],
				});
			}
		} finally {
			await browser.close();
			server.close();
		}
		return rows;
	} finally {
		rmSync(work, { recursive: true, force: true });
		for (const size of SIZES) rmSync(join(dist, `bench-index-${size}.json`), { force: true });
	}
}

if (import.meta.main) {
	const root = join(import.meta.dirname, '..');
	const rows = await benchSearchVsPagefind(root);
	console.table(
		rows.map((r) => ({
			records: r.records,
			'site median/p95 ms': `${r.site.median} / ${r.site.p95}`,
			'pagefind median/p95 ms': `${r.pagefind.median} / ${r.pagefind.p95}`,
			'p95 ratio (site/pagefind)': r.p95Ratio,
			'site KiB first result': r.site.firstResultKiB,
			'pagefind KiB first result': r.pagefind.firstResultKiB,
			'site slow 4G first result ms': r.site.slow4gMs,
			'pagefind slow 4G first result ms': r.pagefind.slow4gMs,
			'before: site median/p95': `${r.before?.site.join(' / ')}`,
			'before: pagefind median/p95': `${r.before?.pagefind.join(' / ')}`,
		})),
	);
}
