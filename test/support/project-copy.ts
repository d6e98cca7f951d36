/**
 * Temporary copies of the project for builds that must fail: everything but dependencies and
 * output is copied, each installed package is linked, and the caller edits content before
 * building. Astro and Vite keep their caches inside `node_modules`, so the copy gets its own
 * `node_modules` folder of links: copies built side by side must not share a content cache.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);
const SKIP = new Set([
	'node_modules',
	'dist',
	'.astro',
	'.build-tmp',
	'reports',
	'.git',
	'test',
	'state',
]);

/** Copies the project into a new temporary directory and returns its path. */
export async function copyProject(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'eo-tracker-'));
	for (const name of await readdir(ROOT)) {
		if (SKIP.has(name)) continue;
		await cp(join(ROOT, name), join(dir, name), { recursive: true });
	}
	const modules = join(dir, 'node_modules');
	await mkdir(modules);
	for (const name of await readdir(join(ROOT, 'node_modules'))) {
		if (CACHES.has(name)) continue;
		await symlink(join(ROOT, 'node_modules', name), join(modules, name));
	}
	return dir;
}

/**
 * Runs the project's build in `dir` (from the committed data, as a local preview unless `env`
 * says otherwise); resolves with its exit code and output.
 */
export function runBuild(
	dir: string,
	env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['scripts/build.ts'], {
			cwd: dir,
			env: {
				...process.env,
				BUILD_DATE: '2026-11-23',
				NO_COLOR: '1',
				SITE_PREVIEW: '1',
				...env,
			},
		});
		let output = '';
		child.stdout.on('data', (d: Buffer) => (output += d.toString()));
		child.stderr.on('data', (d: Buffer) => (output += d.toString()));
		child.on('close', (code) => resolve({ code, output }));
	});
}

/** True when `path` exists. */
export async function exists(path: string): Promise<boolean> {
	return stat(path).then(
		() => true,
		() => false,
	);
}

/** Removes a copy made by `copyProject`. */
export function removeCopy(dir: string): Promise<void> {
	return rm(dir, { recursive: true, force: true });
}
