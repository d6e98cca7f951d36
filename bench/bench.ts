/**
 * `npm run bench`: builds the site and writes bench-report.json with the build time, the weight
 * of every page and of each template against its budget, Lighthouse performance per template, and
 * the timeline's, the aggregator's and search's figures, and builds with up to 50,000 synthetic
 * news items (bench/scale.ts). Timings vary on a shared machine: compare medians and ratios across runs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageWeight } from '../test/support/page-weight.ts';
import { pagePath, templateWeights } from '../test/support/templates.ts';
import { benchLighthouse } from './lighthouse.ts';
import { benchScale } from './scale.ts';
import { benchFeeds } from './feeds.ts';
import { benchSearch } from './search.ts';
import { benchTimeline } from './timeline.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const runs = Number(process.env['BENCH_BUILDS'] ?? 3);

const times: number[] = [];
for (let i = 0; i < runs; i++) {
	const started = performance.now();
	// A local preview build: the bench measures the build, it does not deploy it.
	const result = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], {
		stdio: 'inherit',
		env: { ...process.env, SITE_PREVIEW: '1' },
	});
	if (result.status !== 0) {
		console.error('Build failed; no report written.');
		process.exit(1);
	}
	times.push((performance.now() - started) / 1000);
}
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)]!;

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.html'))
	.sort()
	.map((file) => {
		const html = readFileSync(join(dist, file), 'utf8');
		return pageWeight(pagePath(file), html, (url) =>
			readFileSync(join(dist, new URL(url, 'http://x').pathname)),
		);
	});
const templates = templateWeights(
	pages.map((p) => ({
		path: p.path,
		html: p.html.gzip,
		css: p.css.gzip,
		js: p.js.gzip,
		lazyJs: p.lazyJs.gzip,
	})),
);
const lighthouse = await benchLighthouse(root);

const timeline = await benchTimeline(root);
const timelinePage = pages.find((p) => p.path === '/timeline/');
const feeds = await benchFeeds(root);
const search = await benchSearch(root);
// Synthetic news store sizes for the scale runs (0 is the real data); BENCH_SCALE_SIZES overrides.
const scaleSizes = (process.env['BENCH_SCALE_SIZES'] ?? '0,1000,10000,50000')
	.split(',')
	.map(Number);
const scale = await benchScale(root, {
	sizes: scaleSizes,
	onRow: (row) =>
		console.log(`Scale ${row.items} items: ${row.ok ? `${row.seconds} s` : row.error}`),
});

const report = {
	generated: new Date().toISOString(),
	node: process.version,
	build: {
		runs,
		seconds: times.map((t) => Number(t.toFixed(2))),
		medianSeconds: Number(median.toFixed(2)),
	},
	templates,
	lighthouse,
	pages,
	timeline: { ...timeline, pageJsGzipBytes: timelinePage?.js.gzip ?? null },
	feeds,
	search,
	scale,
	totals: {
		pages: pages.length,
		maxHtmlGzip: Math.max(...pages.map((p) => p.html.gzip)),
		totalJsRaw: pages.reduce((n, p) => n + p.js.raw, 0),
	},
};
writeFileSync(join(root, 'bench-report.json'), `${JSON.stringify(report, null, '\t')}\n`);
console.log(`Build median ${median.toFixed(2)} s over ${runs} runs; ${pages.length} pages.`);
console.table(
	templates.map((t) => ({
		template: t.template,
		pages: t.pages,
		'html gz': `${t.max.html} / ${t.budget.html}`,
		'css gz': `${t.max.css} / ${t.budget.css}`,
		'js gz': `${t.max.js} / ${t.budget.js}`,
		'lazy js gz': `${t.max.lazyJs} / ${t.budget.lazyJs}`,
		within: t.over.length === 0 ? 'yes' : t.over.join('; '),
	})),
);
console.table(lighthouse.templates);
console.log('Timeline:', JSON.stringify(report.timeline, null, 1));
console.log('Feeds:', JSON.stringify(report.feeds, null, 1));
console.log('Search:', JSON.stringify(report.search, null, 1));
console.table(
	scale.rows.map((r) => ({
		items: r.items,
		seconds: r.seconds,
		'peak MiB': r.peakRssMiB,
		'dist MiB': r.distBytes === null ? null : Number((r.distBytes / 2 ** 20).toFixed(1)),
		pages: r.htmlPages,
		'largest page': r.largestPage ? `${r.largestPage.path} ${r.largestPage.bytes}` : r.error,
		'search index gz': r.searchIndex?.gzip ?? null,
	})),
);
console.log('Wrote bench-report.json');
