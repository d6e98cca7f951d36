/** Replacing a file so that a crash or a failed write never leaves it half-written. */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes `text` into the open temporary file; tests replace it to fail part-way. */
export type WriteStep = (handle: FileHandle, text: string) => Promise<void>;

/** Options of `writeFileAtomic`. */
export interface AtomicWriteOptions {
	/** The step that writes the bytes; defaults to writing all of `text` as UTF-8. */
	write?: WriteStep;
}

const writeAll: WriteStep = async (handle, text) => {
	await handle.writeFile(text, 'utf8');
};

/** Flushes a directory entry (the rename) to disk where the platform allows it. */
async function syncDirectory(directory: string): Promise<void> {
	try {
		const handle = await open(directory, 'r');
		try {
			await handle.sync();
		} finally {
			await handle.close();
		}
	} catch {
		// Some platforms cannot open or sync a directory; the rename itself is still atomic there.
	}
}

/**
 * Replaces `file` with `text` (UTF-8): writes a uniquely named temporary file in the same
 * directory, flushes it to disk, and renames it over `file`, so readers and concurrent writers see
 * one complete version or the other. On any failure the temporary file is removed, `file` is left
 * as it was, and the error is rethrown.
 */
export async function writeFileAtomic(
	file: string,
	text: string,
	options: AtomicWriteOptions = {},
): Promise<void> {
	const directory = dirname(file);
	const suffix = `${process.pid}.${randomBytes(6).toString('hex')}`;
	// A dot-name so that globs over the directory (content/news/*.json) never pick it up.
	const temp = join(directory, `.${basename(file)}.${suffix}.tmp`);
	const write = options.write ?? writeAll;
	let handle: FileHandle | undefined;
	try {
		handle = await open(temp, 'wx');
		await write(handle, text);
		await handle.sync();
		await handle.close();
		handle = undefined;
		await rename(temp, file);
	} catch (error) {
		await handle?.close().catch(() => undefined);
		await rm(temp, { force: true });
		throw error;
	}
	await syncDirectory(directory);
}
