/** `npm run feeds`: refreshes content/news from the configured feeds. See `--help`. */
import { fileURLToPath } from 'node:url';
import { parseCliOptions, USAGE, UsageError } from './lib/feeds-options.ts';
import { formatProgress, formatSummary, exitCodeFor } from './lib/feeds-report.ts';
import { RunError, runFeeds } from '../src/lib/aggregator/run.ts';
import { userAgent } from '../src/lib/aggregator/fetch/user-agent.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
try {
	const options = parseCliOptions(process.argv.slice(2));
	if (options.help) {
		console.log(USAGE);
	} else {
		const report = await runFeeds({
			root,
			...options,
			userAgent: userAgent(process.env['SITE_URL']),
			onProgress: (r) => options.json || console.error(formatProgress(r)),
		});
		console.log(options.json ? JSON.stringify(report, null, 2) : formatSummary(report));
		process.exitCode = exitCodeFor(report, options.strict);
	}
} catch (error) {
	if (!(error instanceof UsageError || error instanceof RunError)) throw error;
	console.error(`feeds: ${error.message}`);
	process.exitCode = error instanceof UsageError ? 64 : 1;
}
