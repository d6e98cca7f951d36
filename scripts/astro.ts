/**
 * The `astro` command line with telemetry off (see lib/no-telemetry.ts); the npm scripts call
 * this instead of the bare `astro` binary. Arguments pass through unchanged.
 */
import './lib/no-telemetry.ts';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const astroDir = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
const run = spawnSync(
	process.execPath,
	[join(astroDir, 'bin/astro.mjs'), ...process.argv.slice(2)],
	{
		stdio: 'inherit',
	},
);
process.exitCode = run.status ?? 1;
