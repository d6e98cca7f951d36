/**
 * `npm run build`: builds the static site into dist/ from the committed data, without touching
 * the network or any tracked file. `NEWS_REFRESH=on` refreshes the news store first (bounded:
 * it gives up after 30 s and keeps what it has); `NEWS_REFRESH=offline` refreshes from the local
 * feeds only. On failure it prints what is wrong (file, field, value) and leaves no dist/ behind.
 */
import './lib/no-telemetry.ts';
import { build } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildAtomically } from './lib/atomic-output.ts';
import { describeBuildError } from './lib/describe-error.ts';
import { DEFAULT_OPTIONS } from './lib/feeds-options.ts';
import { RunError, runFeeds } from '../src/lib/aggregator/run.ts';
import { userAgent } from '../src/lib/aggregator/fetch/user-agent.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
// Content paths are relative to the project root, wherever the script is started from.
process.chdir(root);
const started = performance.now();
const refresh = process.env['NEWS_REFRESH'] ?? 'off';
try {
	if (refresh !== 'off') {
		if (refresh !== 'on' && refresh !== 'offline') {
			throw new RunError(`NEWS_REFRESH must be on, offline or off, not "${refresh}"`);
		}
		const report = await runFeeds({
			root,
			...DEFAULT_OPTIONS,
			deadlineMs: 30_000,
			offline: refresh === 'offline',
			now: new Date(),
			userAgent: userAgent(process.env['SITE_URL']),
		});
		const failed = report.feeds.filter((f) => f.result === 'failed').length;
		console.log(
			`News: ${report.added} new, ${report.updated} updated, ${report.total} items; ` +
				`${failed} of ${report.feeds.length} feeds failed (npm run feeds for details).`,
		);
	}
	await buildAtomically(`${root}dist`, `${root}.build-tmp`, (outDir) =>
		build({ root, outDir, logLevel: process.env['ASTRO_LOG_LEVEL'] === 'info' ? 'info' : 'warn' }),
	);
	console.log(`Built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
	if (error instanceof RunError) console.error(`News refresh: ${error.message}`);
	else for (const line of describeBuildError(error)) console.error(line);
	if (process.env['DEBUG_BUILD']) console.error(error);
	process.exitCode = 1;
}
