/**
 * Lighthouse performance for the bench report: the heaviest page of every template, with
 * Lighthouse's mobile emulation and simulated throttling, `BENCH_LH_RUNS` runs each (default 3);
 * the median score and the median of each lab metric (FCP, LCP, TBT, CLS, Speed Index).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { categoryScores, labMetrics, type LabMetrics } from '../test/support/lighthouse-summary.ts';
import { pagePath, representatives } from '../test/support/templates.ts';
import { startLighthouse } from '../test/support/lighthouse.ts';
import { serveStatic } from '../test/support/static-server.ts';

const median = (values: Array<number | null>): number | null => {
	const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
	return known.length === 0 ? null : known[Math.floor(known.length / 2)]!;
};

/** Runs Lighthouse performance on one page per template of the site built in `root`/dist. */
export async function benchLighthouse(root: string) {
	const dist = join(root, 'dist');
	const runs = Number(process.env['BENCH_LH_RUNS'] ?? 3);
	const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => ({ path: pagePath(file), bytes: statSync(join(dist, file)).size }));
	const { server, url } = await serveStatic(dist);
	const lighthouse = await startLighthouse();
	const rows = [];
	try {
		for (const { template, path } of representatives(pages)) {
			const target = new URL(`${path.slice(1)}${template.query ?? ''}`, url).href;
			const scores: Array<number | null> = [];
			const metrics: LabMetrics[] = [];
			for (let i = 0; i < runs; i++) {
				const lhr = await lighthouse.run(target, ['performance']);
				scores.push(categoryScores(lhr)['performance'] ?? null);
				metrics.push(labMetrics(lhr));
			}
			const pick = (key: keyof LabMetrics) => median(metrics.map((m) => m[key]));
			rows.push({
				template: template.id,
				path: `${path}${template.query ?? ''}`,
				performance: median(scores),
				fcpMs: pick('fcpMs'),
				lcpMs: pick('lcpMs'),
				tbtMs: pick('tbtMs'),
				cls: pick('cls'),
				speedIndexMs: pick('speedIndexMs'),
			});
			console.log(`Lighthouse ${template.id}: performance ${median(scores)}`);
		}
	} finally {
		await lighthouse.close();
		server.close();
	}
	return { runs, emulation: 'mobile, simulated throttling (Lighthouse default)', templates: rows };
}
