/**
 * Builds into a temporary directory and moves the result into place only when the build
 * succeeded, so a failed build never leaves a half-written `dist/` behind (the previous complete
 * `dist/`, if any, is also removed: stale output must not pass for a fresh build).
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Runs `buildInto(tmpDir)`, then replaces `outDir` with `tmpDir`. On failure, removes both and rethrows. */
export async function buildAtomically(
	outDir: string,
	tmpParent: string,
	buildInto: (dir: string) => Promise<void>,
): Promise<void> {
	await mkdir(tmpParent, { recursive: true });
	const tmp = join(tmpParent, `dist-${process.pid}-${Date.now()}`);
	await rm(outDir, { recursive: true, force: true });
	try {
		await buildInto(tmp);
		await rename(tmp, outDir);
	} catch (error) {
		await rm(tmp, { recursive: true, force: true });
		await rm(outDir, { recursive: true, force: true });
		throw error;
	} finally {
		await rm(tmpParent, { recursive: true, force: true }).catch(() => undefined);
	}
}
