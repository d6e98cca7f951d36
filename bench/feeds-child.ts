/**
 * One aggregator run for the feed benchmark, in its own process so that its peak memory is its
 * own. Arguments: root, config, store, concurrency. Prints a JSON line: wall ms, max RSS, report.
 */
import { runFeeds } from '../src/lib/aggregator/run.ts';

const [root, config, store, concurrency] = process.argv.slice(2);
const started = performance.now();
const report = await runFeeds({
	root: root!,
	config: config!,
	store: store!,
	state: `${store!}.state.json`,
	offline: false,
	now: new Date('2026-11-23T12:00:00Z'),
	concurrency: Number(concurrency),
	perHost: Number(concurrency),
	timeoutMs: 10_000,
	deadlineMs: 600_000,
	userAgent: 'bench/1.0',
	// The bench serves its feeds on 127.0.0.1.
	allowLoopback: true,
});
console.log(
	JSON.stringify({
		wallMs: Math.round(performance.now() - started),
		maxRssMiB: Number((process.resourceUsage().maxRSS / 1024).toFixed(1)),
		failed: report.feeds.filter((f) => f.result === 'failed').length,
		total: report.total,
	}),
);
