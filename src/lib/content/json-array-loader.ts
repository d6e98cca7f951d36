/**
 * A content loader for one JSON array file per collection. Unlike Astro's `file()` loader, which
 * logs a missing or unreadable file and carries on with whatever the cache held, this one fails
 * the build, naming the file: stale or partial data must never be published.
 */
import type { Loader } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ContentFileError, parseJsonArray } from './json-array.ts';

/** Loads `path` (relative to the project root) as an array of entries with unique `id`s. */
export function jsonArrayLoader(path: string): Loader {
	return {
		name: 'json-array-loader',
		load: async ({ config, store, parseData, generateDigest, watcher }) => {
			const absolute = fileURLToPath(new URL(path, config.root));
			let text: string;
			try {
				text = await readFile(absolute, 'utf8');
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
				throw new ContentFileError(`${path}: cannot read the file (${code})`);
			}
			const entries = parseJsonArray(text, path);
			store.clear();
			for (const raw of entries) {
				const id = raw['id'] as string;
				const data = await parseData({ id, data: raw, filePath: absolute });
				// The digest covers the parsed entry, not only the file's text: when a schema changes
				// (a new field with a default), the cached entry must be replaced, not kept as it was.
				store.set({ id, data, filePath: path, digest: generateDigest(data) });
			}
			watcher?.add(absolute);
		},
	};
}
