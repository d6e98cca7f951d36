/**
 * `local:` feeds: files the project ships, read instead of fetched. They are confined to one
 * folder (`LOCAL_FEED_DIR`): the path must be relative, inside that folder, without `..`
 * segments, and its real path (symlinks resolved) must stay inside the folder's real path. Failure
 * messages name the feed's own `local:` address only, never a machine path or any file content.
 */
import { open, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** The only folder, relative to the project root, that `local:` feeds may be read from. */
const LOCAL_FEED_DIR = 'content/feeds';

/** A `local:` feed that may not or cannot be read; the message is safe to publish. */
export class LocalFeedError extends Error {
	override name = 'LocalFeedError';
	readonly code: 'config' | 'local-missing' | 'too-large';
	constructor(code: 'config' | 'local-missing' | 'too-large', message: string) {
		super(message);
		this.code = code;
	}
}

function inside(folder: string, path: string): boolean {
	const rel = relative(folder, path);
	return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** The bytes of the `local:` feed at `address` under `root`, at most `maxBytes` of them. */
export async function readLocalFeed(
	root: string,
	address: string,
	maxBytes: number,
): Promise<Uint8Array> {
	const path = address.slice('local:'.length);
	const folder = resolve(root, LOCAL_FEED_DIR);
	const segments = path.split(/[\\/]/);
	if (isAbsolute(path) || /^[A-Za-z]:/.test(path) || segments.includes('..')) {
		throw new LocalFeedError(
			'config',
			`${address}: a local feed must be a relative path without ".."`,
		);
	}
	const target = resolve(root, path);
	if (!inside(folder, target)) {
		throw new LocalFeedError(
			'config',
			`${address}: local feeds must live in ${LOCAL_FEED_DIR}${sep}`,
		);
	}
	let real: string;
	try {
		real = await realpath(target);
	} catch {
		throw new LocalFeedError('local-missing', `${address}: file not found`);
	}
	if (!inside(await realpath(folder), real)) {
		throw new LocalFeedError(
			'config',
			`${address}: the file links outside ${LOCAL_FEED_DIR}${sep}`,
		);
	}
	// Only a regular file: a FIFO or device would block or never end.
	if (!(await stat(real)).isFile()) {
		throw new LocalFeedError('config', `${address}: not a regular file`);
	}
	const handle = await open(real, 'r').catch(() => {
		throw new LocalFeedError('local-missing', `${address}: file cannot be read`);
	});
	try {
		const { size } = await handle.stat();
		if (size > maxBytes) {
			throw new LocalFeedError('too-large', `${address}: over the ${maxBytes}-byte cap`);
		}
		const body = new Uint8Array(size);
		const { bytesRead } = await handle.read(body, 0, size, 0);
		return body.subarray(0, bytesRead);
	} catch (error) {
		if (error instanceof LocalFeedError) throw error;
		throw new LocalFeedError('local-missing', `${address}: file cannot be read`);
	} finally {
		await handle.close();
	}
}
