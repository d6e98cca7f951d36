/**
 * Replaces the news store of a temporary project copy with seeded synthetic items (links on
 * example.com) that refer to the copy's real feeds, rules and milestones. Only for copies made by
 * `copyProject`: the real content is never touched.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticNews } from './synthetic/news.ts';
import { serializeStore } from '../../src/lib/aggregator/store/store-file.ts';
import { feedSchema } from '../../src/lib/schemas/feed.ts';
import { relevanceRulesSchema } from '../../src/lib/schemas/relevance.ts';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Writes `count` synthetic items as `dir`/content/news/news.json. */
export function writeSyntheticNews(dir: string, count: number, seed: number): void {
	const ctx = {
		feeds: feedSchema.array().parse(readJson(join(dir, 'content/feeds/feeds.json'))),
		rules: relevanceRulesSchema.parse(readJson(join(dir, 'content/feeds/relevance.json'))),
		milestones: readdirSync(join(dir, 'content/milestones'))
			.filter((f) => /^[^_].*\.json$/.test(f))
			.map((f) => f.replace(/\.json$/, '')),
	};
	writeFileSync(
		join(dir, 'content/news/news.json'),
		serializeStore(syntheticNews(count, seed, ctx)),
	);
}
