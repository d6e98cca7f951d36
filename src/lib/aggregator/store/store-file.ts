/**
 * The store's files, `content/news/news.json` and the feed state (`state/feed-state.json`, untracked): reading with
 * validation, and writing in one stable format (tabs, keys in schema order, sorted entries, a
 * trailing newline), so that a refresh that changes nothing rewrites identical bytes.
 */
import { readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import { ContentFileError, parseJsonArray, validateEntries } from '../../content/validate.ts';
import {
	feedStateSchema,
	newsItemSchema,
	type FeedState,
	type NewsItem,
} from '../../schemas/news.ts';
import { compareStoreItems } from './store.ts';

/** Options for reading a store file. */
export interface ReadStoreOptions {
	/** Read a missing file as an empty list instead of failing (the first refresh). */
	allowMissing?: boolean;
}

function isMissingFile(error: unknown): boolean {
	return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT';
}

async function readEntries<T>(
	file: string,
	schema: z.ZodType<T>,
	options: ReadStoreOptions,
): Promise<T[]> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		if (!isMissingFile(error)) throw error;
		if (options.allowMissing === true) return [];
		throw new ContentFileError([{ file, message: 'file not found' }], { cause: error });
	}
	return validateEntries(parseJsonArray(text, file), schema, file);
}

/**
 * Reads and validates the news store at `file`. A missing file is an empty store only with
 * `allowMissing`. Throws `ContentFileError` naming the file, each entry (index and id) and field.
 */
export function readStore(file: string, options: ReadStoreOptions = {}): Promise<NewsItem[]> {
	return readEntries(file, newsItemSchema, options);
}

/** Reads and validates the feed state at `file`, like `readStore`. */
export function readFeedState(file: string, options: ReadStoreOptions = {}): Promise<FeedState[]> {
	return readEntries(file, feedStateSchema, options);
}

function toJson(entries: readonly unknown[]): string {
	return `${JSON.stringify(entries, null, '\t')}\n`;
}

/**
 * The text of the news store: items in store order (latest published first, then id), keys in
 * schema order, tab-indented, with a trailing newline. Throws `ContentFileError` for an invalid item.
 */
export function serializeStore(items: readonly NewsItem[]): string {
	return toJson(validateEntries([...items].sort(compareStoreItems), newsItemSchema, 'news store'));
}

/**
 * The text of the feed state: one entry per feed sorted by feed id, keys in schema order and
 * `dropped` reasons sorted, tab-indented, with a trailing newline. Throws for an invalid entry.
 */
export function serializeFeedState(states: readonly FeedState[]): string {
	const sorted = [...states]
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
		.map((state) => ({
			...state,
			dropped: Object.fromEntries(
				Object.entries(state.dropped).sort(([a], [b]) => (a < b ? -1 : 1)),
			),
		}));
	return toJson(validateEntries(sorted, feedStateSchema, 'feed state'));
}
