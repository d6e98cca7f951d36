/**
 * Replaces the news store of a temporary project copy with seeded synthetic items (links on
 * example.com) that refer to the copy's real feeds, rules and milestones. Only for copies made by
 * `copyProject`: the real content is never touched.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { join } from 'node:path';
import { syntheticNews } from './synthetic/news.ts';
import { serializeStore } from '../../src/lib/aggregator/store/store-file.ts';
import { feedSchema } from '../../src/lib/schemas/feed.ts';
import { relevanceRuleSchema } from '../../src/lib/schemas/relevance.ts';
import { parseJsonArray, validateEntries } from '../../src/lib/content/validate.ts';

const readEntries = <T>(path: string, schema: z.ZodType<T>): T[] =>
	validateEntries(parseJsonArray(readFileSync(path, 'utf8'), path), schema, path);

/** Writes `count` synthetic items as `dir`/content/news/news.json. */
export function writeSyntheticNews(dir: string, count: number, seed: number): void {
	const ctx = {
		feeds: readEntries(join(dir, 'content/feeds/feeds.json'), feedSchema),
		rules: readEntries(join(dir, 'content/feeds/relevance.json'), relevanceRuleSchema),
		milestones: readdirSync(join(dir, 'content/milestones'))
			.filter((f) => /^[^_].*\.json$/.test(f))
			.map((f) => f.replace(/\.json$/, '')),
	};
	writeFileSync(
		join(dir, 'content/news/news.json'),
		serializeStore(syntheticNews(count, seed, ctx)),
	);
}
