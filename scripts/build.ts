/**
 * `npm run build`: builds the static site into dist/ from the committed data. On failure it prints
 * what is wrong (file, field, value) and leaves no dist/ behind.
 */
import { build } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildAtomically } from '../src/lib/build/atomic-output.ts';
import { describeBuildError } from '../src/lib/build/describe-error.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
try {
	await buildAtomically(`${root}dist`, `${root}.build-tmp`, (outDir) =>
		build({ root, outDir, logLevel: process.env['ASTRO_LOG_LEVEL'] === 'info' ? 'info' : 'warn' }),
	);
	console.log(`Built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
	for (const line of describeBuildError(error)) console.error(line);
	if (process.env['DEBUG_BUILD']) console.error(error);
	process.exitCode = 1;
}
