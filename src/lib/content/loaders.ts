/**
 * Content loaders for the JSON collections: one array file per collection (`jsonArrayLoader`), or
 * one file per entry in a folder (`jsonFilesLoader`). Both validate through `validate.ts`, so a
 * content mistake reads the same as one in the news store or the feed list, and every problem in
 * a file is listed at once. Unlike Astro's `file()` and `glob()` loaders, which log an unreadable
 * file and carry on with whatever the cache held, these fail the build naming the file: stale or
 * partial data must never be published.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ContentFileError, parseJsonArray, validateEntries, validateEntry } from './validate.ts';

async function readText(root: URL, path: string): Promise<string> {
	try {
		return await readFile(fileURLToPath(new URL(path, root)), 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
		throw new ContentFileError([{ file: path, message: `cannot read the file (${code})` }]);
	}
}

/** Stores validated `entries`, replacing what the cache held. */
function storeAll(
	{ store, generateDigest }: LoaderContext,
	entries: ReadonlyArray<{ id: string; data: Record<string, unknown>; filePath: string }>,
) {
	store.clear();
	for (const { id, data, filePath } of entries) {
		// The digest covers the parsed entry, not only the file's text: when a schema changes (a new
		// field with a default), the cached entry must be replaced, not kept as it was.
		store.set({ id, data, filePath, digest: generateDigest(data) });
	}
}

/** Loads `path` (relative to the project root): a JSON array of entries with unique `id`s. */
export function jsonArrayLoader<T extends { id: string }>(
	path: string,
	schema: z.ZodType<T>,
): Loader {
	return {
		name: 'json-array-loader',
		schema,
		load: async (context) => {
			const text = await readText(context.config.root, path);
			const entries = validateEntries(parseJsonArray(text, path), schema, path);
			storeAll(
				context,
				entries.map((data) => ({ id: data.id, data, filePath: path })),
			);
			context.watcher?.add(fileURLToPath(new URL(path, context.config.root)));
		},
	};
}

/** Loads every `*.json` file of `dir` (relative to the project root) as one entry named by its file. */
export function jsonFilesLoader<T extends Record<string, unknown>>(
	dir: string,
	schema: z.ZodType<T>,
): Loader {
	return {
		name: 'json-files-loader',
		schema,
		load: async (context) => {
			const folder = fileURLToPath(new URL(`${dir}/`, context.config.root));
			const names = (await readdir(folder)).filter((n) => n.endsWith('.json')).sort();
			const results = await Promise.allSettled(
				names.map(async (name) => {
					const filePath = `${dir}/${name}`;
					const id = name.slice(0, -'.json'.length);
					const text = await readText(context.config.root, filePath);
					let raw: unknown;
					try {
						raw = JSON.parse(text);
					} catch (error) {
						const reason = error instanceof Error ? error.message : String(error);
						throw new ContentFileError([
							{ file: filePath, entry: id, message: `not valid JSON (${reason})` },
						]);
					}
					return { id, data: validateEntry(raw, schema, filePath, id), filePath };
				}),
			);
			const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
			const unexpected = failed.find((reason) => !(reason instanceof ContentFileError));
			if (unexpected !== undefined) throw unexpected;
			// Every file's problems at once, not only the first file's.
			const problems = (failed as ContentFileError[]).flatMap((error) => error.problems);
			if (problems.length > 0) throw new ContentFileError(problems);
			const entries = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
			storeAll(context, entries);
			context.watcher?.add(folder);
		},
	};
}
