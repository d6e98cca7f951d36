/**
 * `npm start`: builds a local preview from the committed data, then serves dist/ on
 * http://localhost:4321 (`PORT` changes it). Its links point to this machine: it is not a build
 * to deploy (see docs/deploying.md).
 */
import './lib/no-telemetry.ts';
import { preview } from 'astro';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env['PORT'] ?? 4321);
const origin = `http://localhost:${port}`;
const built = spawnSync(process.execPath, [`${root}scripts/build.ts`], {
	stdio: 'inherit',
	env: { ...process.env, SITE_PREVIEW: '1', SITE_URL: origin },
});
if (built.status !== 0) {
	process.exitCode = built.status ?? 1;
} else {
	await preview({ root, server: { port, host: 'localhost' }, logLevel: 'warn' });
	console.log(`\nServing a local preview at ${origin}/ (press Ctrl+C to stop).`);
	console.log('Its links point to this machine; for a build to deploy, see docs/deploying.md.');
}
