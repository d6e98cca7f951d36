/**
 * Search figures for the bench report: the bytes of the real index's manifest and of the JavaScript search loads; and
 * in Chromium, with 10,000 seeded synthetic records, the load time (manifest, engine and Fuse) and the latency of 50
 * realistic queries through the real /search/ page (which prefilters at every size), beside Fuse
 * with a pre-built index, Fuse without one, and a plain substring filter on the same queries; then
 * this site's search beside Pagefind at three sizes (search-pagefind.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { chromium } from 'playwright-core';
import { launchOptions } from '../test/support/chromium.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { linkedAssets, moduleGraph } from '../test/support/page-weight.ts';
import { writeIndex } from '../test/support/search-index.ts';
import { FUSE_OPTIONS, SEARCH_KEYS } from '../src/lib/search/query.ts';
import { BENCH_QUERIES, syntheticRecords } from '../test/support/synthetic/search.ts';
import { benchSearchVsPagefind } from './search-pagefind.ts';

const quantile = (values: number[], q: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2));
};
const summary = (values: number[]) => ({
	queries: values.length,
	medianMs: quantile(values, 0.5),
	p95Ms: quantile(values, 0.95),
});

/** The search page's scripts: its entry modules and every chunk they import, statically or not. */
function searchScripts(dist: string): string[] {
	const html = readFileSync(join(dist, 'search/index.html'), 'utf8');
	const graph = moduleGraph(linkedAssets(html).js, (url) => readFileSync(join(dist, url), 'utf8'));
	return [...graph.eager, ...graph.lazy];
}

/** Runs the search benchmarks against the built site in `root`/dist. */
export async function benchSearch(root: string) {
	const dist = join(root, 'dist');
	const index = readFileSync(join(dist, 'search-index.json'));
	const scripts = searchScripts(dist).map((f) => readFileSync(join(dist, f)));
	const fuseChunk = readdirSync(join(dist, '_astro')).find((f) => /^fuse\.[\w-]+\.js$/.test(f));
	const records = syntheticRecords(10_000, 14409);
	const payload = JSON.stringify({
		records,
		index: Fuse.createIndex(
			SEARCH_KEYS.map((k) => ({ ...k })),
			records,
		).toJSON(),
	});

	const served = writeIndex(dist, records, 'bench-search-index');
	const { server, url } = await serveStatic(dist);
	const browser = await chromium.launch(await launchOptions());
	try {
		const page = await browser.newPage();
		// The page is served the records split as the site builds them; the pre-built Fuse index is for the comparison below.
		await page.route('**/search-index.json', (route) =>
			route.continue({ url: new URL(served.path, url).href }),
		);
		await page.goto(new URL('search/', url).href);
		const input = page.locator('#search-q');
		for (const [i, q] of BENCH_QUERIES.entries()) {
			await input.fill(q);
			await page.waitForFunction(
				(n) => performance.getEntriesByName('search-query').length >= n,
				i + 1,
			);
		}
		const timings = await page.evaluate(() => ({
			load: performance.getEntriesByName('search-load')[0]?.duration ?? null,
			queries: performance.getEntriesByName('search-query').map((e) => e.duration),
		}));
		const compared = await page.evaluate(
			async ({ chunk, options, queries, body }) => {
				const { default: FuseClass } = (await import(`/_astro/${chunk}`)) as {
					default: typeof Fuse;
				};
				const data = JSON.parse(body) as {
					records: Array<{ title: string; text: string }>;
					index: Parameters<typeof FuseClass.parseIndex>[0];
				};
				const time = (fn: () => unknown) => {
					const t0 = performance.now();
					fn();
					return performance.now() - t0;
				};
				// Full Fuse is slow at this size: 20 of the queries are enough for its figures.
				const some = queries.slice(0, 20);
				let built!: Fuse<{ title: string; text: string }>;
				let parsed!: Fuse<{ title: string; text: string }>;
				const buildMs = time(() => (built = new FuseClass(data.records, options as never)));
				const parseMs = time(
					() =>
						(parsed = new FuseClass(
							data.records,
							options as never,
							FuseClass.parseIndex(data.index),
						)),
				);
				return {
					noIndex: { constructMs: buildMs, times: some.map((q) => time(() => built.search(q))) },
					prebuilt: { constructMs: parseMs, times: some.map((q) => time(() => parsed.search(q))) },
					substring: queries.map((q) =>
						time(() => {
							const needle = q.replace(/"/g, '').toLowerCase();
							return data.records.filter((r) =>
								`${r.title} ${r.text}`.toLowerCase().includes(needle),
							);
						}),
					),
				};
			},
			{ chunk: fuseChunk!, options: FUSE_OPTIONS, queries: [...BENCH_QUERIES], body: payload },
		);
		return {
			realIndex: { bytes: index.length, gzipBytes: gzipSync(index).length },
			searchJs: {
				bytes: scripts.reduce((n, b) => n + b.length, 0),
				gzipBytes: scripts.reduce((n, b) => n + gzipSync(b).length, 0),
			},
			synthetic10k: {
				records: records.length,
				manifestBytes: JSON.stringify(served.manifest).length,
				pageLoadMs: timings.load === null ? null : Number(timings.load.toFixed(1)),
				pagePrefilteredFuse: summary(timings.queries),
				fusePrebuiltIndex: {
					constructMs: Number(compared.prebuilt.constructMs.toFixed(1)),
					...summary(compared.prebuilt.times),
				},
				fuseNoIndex: {
					constructMs: Number(compared.noIndex.constructMs.toFixed(1)),
					...summary(compared.noIndex.times),
				},
				substringFilter: summary(compared.substring),
			},
			budget: { queryP95Ms: 16 },
			vsPagefind: await benchSearchVsPagefind(root),
		};
	} finally {
		await browser.close();
		server.close();
		served.remove();
	}
}
