import { readdirSync, readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { growth, syntheticNews, type SyntheticNewsContext } from '../../support/synthetic/news.ts';
import { TOPIC_IDS } from '../../../src/lib/news.ts';
import { feedSchema } from '../../../src/lib/schemas/feed.ts';
import { newsItemSchema } from '../../../src/lib/schemas/news.ts';
import { relevanceRuleSchema } from '../../../src/lib/schemas/relevance.ts';
import { parseJsonArray, validateEntries } from '../../../src/lib/content/validate.ts';

const ctx: SyntheticNewsContext = {
	feeds: [
		{ id: 'wh-releases', kind: 'official' },
		{ id: 'nextgov-ai', kind: 'press' },
		{ id: 'curated', kind: 'curated' },
	],
	rules: [
		{
			id: 'gold-eagle',
			topic: 'clearinghouse',
			phrases: ['GOLD EAGLE'],
			milestones: ['2d-ai-cybersecurity-clearinghouse', 'not-a-milestone'],
			note: 'test',
		},
		{ id: 'order-number', topic: 'order', phrases: ['EO 14409'], milestones: [], note: 'test' },
		{
			id: 'bod-26-04',
			topic: 'directives',
			phrases: ['BOD 26-04'],
			milestones: ['2c-i-civilian-systems-directives'],
			note: 'test',
		},
	],
	milestones: ['2d-ai-cybersecurity-clearinghouse', '2c-i-civilian-systems-directives'],
};

const root = new URL('../../../', import.meta.url);
const readEntries = <T>(path: string, schema: z.ZodType<T>): T[] =>
	validateEntries(parseJsonArray(readFileSync(new URL(path, root), 'utf8'), path), schema, path);
const realCtx: SyntheticNewsContext = {
	feeds: readEntries('content/feeds/feeds.json', feedSchema),
	rules: readEntries('content/feeds/relevance.json', relevanceRuleSchema),
	milestones: readdirSync(new URL('content/milestones/', root))
		.filter((f) => /^[^_].*\.json$/.test(f))
		.map((f) => f.replace(/\.json$/, '')),
};

describe('syntheticNews()', () => {
	const items = syntheticNews(500, 14409, ctx);

	it.each([0, 1, 7, 500])('returns exactly %i items', (count) => {
		expect(syntheticNews(count, 1, ctx)).toHaveLength(count);
	});

	it('returns items that parse with newsItemSchema unchanged', () => {
		for (const item of items) expect(newsItemSchema.parse(item)).toEqual(item);
	});

	it('returns identical items for the same seed', () => {
		expect(syntheticNews(500, 14409, ctx)).toEqual(items);
	});

	it('returns different items for a different seed', () => {
		const other = syntheticNews(500, 14410, ctx);
		expect(other.map((i) => i.id)).not.toEqual(items.map((i) => i.id));
		expect(other.map((i) => i.title)).not.toEqual(items.map((i) => i.title));
		expect(other.map((i) => i.published)).not.toEqual(items.map((i) => i.published));
	});

	it('gives every item a unique id and a unique URL', () => {
		expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
		expect(new Set(items.map((i) => i.url)).size).toBe(items.length);
	});

	it('puts every URL and GUID URL on example.com or example.org', () => {
		const urls = items.flatMap((i) => [
			i.url,
			...(i.guid === null ? [] : [i.guid]),
			...i.alsoReportedBy.map((a) => a.url),
		]);
		expect(urls.length).toBeGreaterThan(items.length);
		for (const url of urls) {
			expect(['example.com', 'example.org']).toContain(new URL(url).hostname);
			expect(new URL(url).protocol).toBe('https:');
		}
	});

	it('names publishers "Example Wire N"', () => {
		for (const item of items) expect(item.publisher).toMatch(/^Example Wire \d+$/);
	});

	it('publishes between 2026-06-02 and 2026-11-22 UTC, first seen no earlier', () => {
		for (const item of items) {
			expect(item.published >= '2026-06-02T00:00:00.000Z').toBe(true);
			expect(item.published < '2026-11-23T00:00:00.000Z').toBe(true);
			expect(item.firstSeen >= item.published).toBe(true);
		}
		const days = new Set(items.map((i) => i.published.slice(0, 10)));
		expect(days.size).toBeGreaterThan(100);
	});

	it('refers only to the feeds, rules and milestones of its context', () => {
		const feeds = new Set(ctx.feeds.map((f) => f.id));
		const rules = new Map(ctx.rules.map((r) => [r.id, r]));
		for (const item of items) {
			expect(feeds.has(item.feed)).toBe(true);
			expect(item.kind).toBe(ctx.feeds.find((f) => f.id === item.feed)!.kind);
			for (const a of item.alsoReportedBy) expect(feeds.has(a.feed)).toBe(true);
			for (const id of item.milestones) expect(ctx.milestones).toContain(id);
			for (const match of item.matches) {
				const rule = rules.get(match.rule)!;
				expect(rule).toBeDefined();
				expect(match.topic).toBe(rule.topic);
				expect(rule.phrases).toContain(match.phrase);
				const field = match.field === 'title' ? item.title : item.summary;
				expect(field).toContain(match.phrase);
			}
		}
		expect(items.some((i) => i.milestones.includes('2d-ai-cybersecurity-clearinghouse'))).toBe(
			true,
		);
	});

	it('covers every topic and references only real ids with the real content', () => {
		const real = syntheticNews(2000, 7, realCtx);
		const feeds = new Set(realCtx.feeds.map((f) => f.id));
		const rules = new Set(realCtx.rules.map((r) => r.id));
		for (const item of real) {
			expect(newsItemSchema.safeParse(item).success).toBe(true);
			expect(feeds.has(item.feed)).toBe(true);
			for (const m of item.matches) expect(rules.has(m.rule)).toBe(true);
			for (const id of item.milestones) expect(realCtx.milestones).toContain(id);
		}
		expect(new Set(real.flatMap((i) => i.topics))).toEqual(new Set(TOPIC_IDS));
		expect(new Set(real.flatMap((i) => i.milestones)).size).toBeGreaterThan(5);
	});

	it('throws without a feed or a rule', () => {
		expect(() => syntheticNews(1, 1, { ...ctx, feeds: [] })).toThrow(/feed/);
		expect(() => syntheticNews(1, 1, { ...ctx, rules: [] })).toThrow(/rule/);
	});
});

describe('growth()', () => {
	it('returns the marginal milliseconds per item between consecutive scales', () => {
		expect(
			growth([
				{ items: 10_000, seconds: 40 },
				{ items: 0, seconds: 10 },
				{ items: 1000, seconds: 13 },
			]),
		).toEqual([
			{ from: 0, to: 1000, msPerItem: 3 },
			{ from: 1000, to: 10_000, msPerItem: 3 },
		]);
	});

	it('shows a rising cost per item', () => {
		const rows = growth([
			{ items: 0, seconds: 10 },
			{ items: 1000, seconds: 12 },
			{ items: 2000, seconds: 20 },
		]);
		expect(rows.map((r) => r.msPerItem)).toEqual([2, 8]);
	});

	it('skips failed rows and repeated counts', () => {
		expect(
			growth([
				{ items: 0, seconds: 10 },
				{ items: 0, seconds: 11 },
				{ items: 1000, seconds: null },
				{ items: 5000, seconds: 20 },
			]),
		).toEqual([{ from: 0, to: 5000, msPerItem: 2 }]);
	});

	it('returns nothing for fewer than two usable rows', () => {
		expect(growth([])).toEqual([]);
		expect(growth([{ items: 1000, seconds: 5 }])).toEqual([]);
		expect(
			growth([
				{ items: 1000, seconds: 5 },
				{ items: 2000, seconds: null },
			]),
		).toEqual([]);
	});
});
