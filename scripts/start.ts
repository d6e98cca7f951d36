/** `npm start`: builds the site from the committed data, then serves dist/ on http://localhost:4321. */
import './lib/no-telemetry.ts';
import { preview } from 'astro';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = spawnSync(process.execPath, [`${root}scripts/build.ts`], { stdio: 'inherit' });
if (built.status !== 0) {
	process.exitCode = built.status ?? 1;
} else {
	const port = Number(process.env['PORT'] ?? 4321);
	await preview({ root, server: { port, host: 'localhost' }, logLevel: 'warn' });
	console.log(`\nServing the built site at http://localhost:${port}/ (press Ctrl+C to stop)`);
}
