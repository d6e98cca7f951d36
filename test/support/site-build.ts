/**
 * The gate's one production build, run the way `npm run build` runs it, with the network refused
 * (no-network.ts) and the checkout's `git status` taken before and after, so a test can prove
 * the build is hermetic: no connection, no lookup, no tracked or unignored file changed.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GUARD = pathToFileURL(fileURLToPath(new URL('./no-network.ts', import.meta.url))).href;

/** What the build did that a hermetic build must not. */
export interface BuildAudit {
	/** Connections and lookups refused, one line each. */
	network: string[];
	/** `git status --porcelain` before and after the build (null outside a git checkout). */
	statusBefore: string | null;
	statusAfter: string | null;
	seconds: number;
}

function gitStatus(): string | null {
	try {
		return execFileSync('git', ['status', '--porcelain=v1', '--untracked-files=all'], {
			cwd: ROOT,
			encoding: 'utf8',
		});
	} catch {
		return null;
	}
}

/** Runs `scripts/build.ts` in the project; throws with its output if it fails. */
export async function buildSite(): Promise<BuildAudit> {
	const dir = await mkdtemp(join(tmpdir(), 'eo-build-audit-'));
	const log = join(dir, 'network.log');
	const statusBefore = gitStatus();
	const started = performance.now();
	const { code, output } = await new Promise<{ code: number | null; output: string }>((done) => {
		const child = spawn(process.execPath, ['scripts/build.ts'], {
			cwd: ROOT,
			env: {
				...process.env,
				NO_COLOR: '1',
				// A local preview: tests serve dist/ on loopback, and nothing they build is deployed.
				SITE_PREVIEW: '1',
				NETWORK_LOG: log,
				NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import=${GUARD}`.trim(),
			},
		});
		let text = '';
		child.stdout.on('data', (d: Buffer) => (text += d.toString()));
		child.stderr.on('data', (d: Buffer) => (text += d.toString()));
		child.on('close', (exit) => done({ code: exit, output: text }));
	});
	const seconds = (performance.now() - started) / 1000;
	const network = (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean);
	await rm(dir, { recursive: true, force: true });
	if (code !== 0) throw new Error(`The site build failed:\n${output}`);
	return { network, statusBefore, statusAfter: gitStatus(), seconds };
}
