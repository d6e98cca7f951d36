import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { reportOf, type Candidate } from '../../../src/lib/aggregator/store/dedupe.ts';
import { milestonesOf, topicsOf } from '../../../src/lib/aggregator/relevance/relevance.ts';
import { serializeStore } from '../../../src/lib/aggregator/store/store-file.ts';
import {
	compareStoreItems,
	mergeIntoStore,
	newsItemId,
	type MergeResult,
} from '../../../src/lib/aggregator/store/store.ts';
import { idSchema } from '../../../src/lib/schemas/common.ts';
import { newsItemSchema, type NewsItem } from '../../../src/lib/schemas/news.ts';
import type { RelevanceRule } from '../../../src/lib/schemas/relevance.ts';
import { at, candidate, match, random, shuffled } from './candidates.ts';

const rules: RelevanceRule[] = [
	{
		id: 'gold-eagle',
		topic: 'clearinghouse',
		phrases: ['GOLD EAGLE'],
		milestones: ['2d-ai-cybersecurity-clearinghouse'],
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
];

const T1 = '2026-07-15T06:00:00.000Z';
const T2 = '2026-07-16T06:00:00.000Z';
const T3 = '2026-07-17T06:00:00.000Z';

const wh = candidate({
	feed: 'wh-releases',
	guid: 'wh-1',
	url: 'https://example.com/gold-eagle',
	title: 'White House launches Gold Eagle AI cybersecurity clearinghouse',
	summary: 'Gold Eagle begins intake of vulnerabilities.',
	publisher: 'The White House',
	kind: 'official',
});
const whAll = { ...wh, feed: 'wh-all', guid: 'all-1', published: at(0.01) };
const nextgov = candidate({
	feed: 'nextgov-ai',
	url: 'https://example.org/nextgov/gold-eagle',
	title: 'White House Launches \u2018Gold Eagle\u2019 AI Cybersecurity Clearinghouse',
	published: at(0.5),
	matches: [match('gold-eagle'), match('order-number', 'summary', 'order')],
});
const bod = candidate({
	feed: 'cisa-news',
	guid: 'bod',
	url: 'https://example.com/bod-26-04',
	title: 'CISA issues BOD 26-04 on prioritizing security updates',
	published: at(-34),
	matches: [match('bod-26-04', 'title', 'directives')],
});

function merge(existing: NewsItem[], incoming: Candidate[], now: string): MergeResult {
	const result = mergeIntoStore(existing, incoming, now, rules);
	for (const item of result.items) newsItemSchema.parse(item);
	return result;
}

function byId(items: NewsItem[], id: string): NewsItem {
	const item = items.find((candidate) => candidate.id === id);
	if (item === undefined) throw new Error(`no item ${id}`);
	return item;
}

describe('newsItemId()', () => {
	it.each([
		'https://example.com/gold-eagle',
		'https://example.org/a?b=c#d',
		'https://EXAMPLE.com/%20x',
	])('derives a valid, stable id from the SHA-256 of %s', (url) => {
		const id = newsItemId(url);
		expect(idSchema.safeParse(id).success).toBe(true);
		expect(id).toBe(`n-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`);
		expect(newsItemId(url)).toBe(id);
	});

	it('gives different URLs different ids', () => {
		const urls = Array.from({ length: 1000 }, (_, i) => `https://example.com/${i}`);
		expect(new Set(urls.map(newsItemId)).size).toBe(urls.length);
	});
});

describe('mergeIntoStore() adding', () => {
	it('adds each story once, first seen now, with topics and milestones from its matches', () => {
		const { items, added, updated } = merge([], [nextgov, wh, whAll, bod], T1);
		expect(items).toHaveLength(2);
		expect(updated).toEqual([]);
		expect(added).toEqual(items.map((item) => item.id).sort());
		const gold = byId(items, newsItemId(wh.url));
		expect(gold).toMatchObject({ feed: wh.feed, url: wh.url, title: wh.title, firstSeen: T1 });
		expect(gold.updated).toBe(T1);
		expect(gold.topics).toEqual(topicsOf(gold.matches));
		expect(gold.milestones).toEqual(milestonesOf(gold.matches, rules));
		expect(gold.matches.map((m) => m.rule)).toEqual(['gold-eagle', 'order-number']);
		expect(gold.alsoReportedBy.map((r) => r.feed)).toEqual(['nextgov-ai', 'wh-all']);
	});

	it('sorts items by published date, latest first, then by id', () => {
		const sameDay = [1, 2, 3].map((i) =>
			candidate({ feed: 'f', url: `https://example.com/s${i}`, title: `Story ${i}` }),
		);
		const { items } = merge([], [bod, ...sameDay, nextgov], T1);
		for (let i = 1; i < items.length; i++) {
			expect(compareStoreItems(items[i - 1] as NewsItem, items[i] as NewsItem)).toBeLessThan(0);
		}
		expect(Date.parse(items[0]?.published ?? '')).toBe(Date.parse(nextgov.published));
	});

	it('refuses a candidate without a rule match', () => {
		const stray = candidate({
			feed: 'f',
			url: 'https://example.com/x',
			title: 'Stray',
			matches: [],
		});
		expect(() => mergeIntoStore([], [stray], T1, rules)).toThrow(/https:\/\/example.com\/x/);
	});
});

describe('mergeIntoStore() on a rerun', () => {
	it('changes nothing and serializes byte-identically when nothing changed', () => {
		const incoming = [wh, whAll, nextgov, bod];
		const first = merge([], incoming, T1);
		const second = merge(first.items, shuffled(incoming, 3), T2);
		expect(second.added).toEqual([]);
		expect(second.updated).toEqual([]);
		expect(serializeStore(second.items)).toBe(serializeStore(first.items));
	});

	it('keeps an item that is absent from the run exactly as it was', () => {
		const first = merge([], [wh, bod], T1);
		const second = merge(first.items, [{ ...wh, title: `${wh.title} (updated)` }], T2);
		expect(byId(second.items, newsItemId(bod.url))).toEqual(byId(first.items, newsItemId(bod.url)));
	});
});

describe('mergeIntoStore() updating', () => {
	const first = merge([], [wh], T1);
	const id = newsItemId(wh.url);

	it.each<[string, Candidate[]]>([
		['a new title from the same entry', [{ ...wh, title: `${wh.title}, agencies say` }]],
		['a new summary from the same entry', [{ ...wh, summary: 'Intake has begun.' }]],
		['a corrected feed date', [{ ...wh, published: at(0.25) }]],
		['a match of another rule', [{ ...wh, matches: [...wh.matches, match('bod-26-04')] }]],
		['the same URL carried by another feed', [wh, whAll]],
		['a near-identical title from another feed', [nextgov]],
	])('updates the item for %s, keeping its id and firstSeen', (_, incoming) => {
		const { items, added, updated } = merge(first.items, incoming, T2);
		expect(added).toEqual([]);
		expect(updated).toEqual([id]);
		const item = byId(items, id);
		expect(item).toMatchObject({ id, url: wh.url, firstSeen: T1, updated: T2 });
		expect(item).not.toEqual(first.items[0]);
	});

	it('takes title, summary and date only from the item\u2019s own entry', () => {
		const other = { ...nextgov, title: `${wh.title}!`, summary: 'Another outlet\u2019s summary.' };
		const { items } = merge(first.items, [other], T2);
		const item = byId(items, id);
		expect(item).toMatchObject({ title: wh.title, summary: wh.summary, published: wh.published });
		expect(item.alsoReportedBy).toEqual([
			{ feed: other.feed, publisher: other.publisher, url: other.url, title: other.title },
		]);
	});

	it('never moves a feed date to a first-seen fallback', () => {
		const undated = {
			...wh,
			published: T2,
			dateSource: 'first-seen' as const,
			flags: ['no-date' as const],
		};
		const { items, updated } = merge(first.items, [undated], T2);
		expect(byId(items, id)).toMatchObject({
			published: wh.published,
			dateSource: 'feed',
			flags: [],
		});
		expect(updated).toEqual([]);
	});

	it('replaces a first-seen date when the feed gives one', () => {
		const undated = {
			...wh,
			published: T1,
			dateSource: 'first-seen' as const,
			flags: ['no-date' as const],
		};
		const stored = merge([], [undated], T1).items;
		const { items } = merge(stored, [wh], T2);
		expect(byId(items, id)).toMatchObject({
			published: wh.published,
			dateSource: 'feed',
			flags: [],
		});
	});

	it('recognises its own entry under a new URL by feed and GUID, adding nothing', () => {
		const moved = { ...wh, url: 'https://example.com/new' };
		const { items, added, updated } = merge(first.items, [moved], T2);
		expect(added).toEqual([]);
		expect(updated).toEqual([]);
		expect(items).toEqual(first.items);
	});

	it('recognises a copy already listed in alsoReportedBy by its URL, whatever its title', () => {
		const copy = candidate({
			feed: 'press',
			url: 'https://example.org/copy',
			title: 'What the new clearinghouse will do first',
		});
		const stored = first.items.map((item) => ({ ...item, alsoReportedBy: [reportOf(copy)] }));
		const { added, updated } = merge(stored, [copy], T2);
		expect(added).toEqual([]);
		expect(updated).toEqual([]);
	});
});

describe('mergeIntoStore() over many refreshes', () => {
	// A pool of stories, each told by up to three feeds, some re-titled, re-dated or undated.
	const pool = Array.from({ length: 40 }, (_, i) => {
		const title = `Agency ${i} reports progress on clearinghouse milestone ${i}`;
		const base = candidate({
			feed: `feed-${i % 5}`,
			guid: `g-${i}`,
			url: `https://example.com/story/${i}`,
			title,
			published: at(i / 4),
		});
		return [
			base,
			{ ...base, title: `${title} (revised)` },
			{ ...base, published: at(i / 4 + 0.1) },
			{ ...base, feed: 'mirror', guid: `m-${i}`, publisher: 'Mirror' },
			candidate({ feed: 'press', url: `https://example.org/${i}`, title: `${title} - Press` }),
			{ ...base, dateSource: 'first-seen' as const, flags: ['no-date' as const] },
		];
	}).flat();

	it('never loses an item, never changes an id or firstSeen, and reruns identically', () => {
		const next = random(99);
		let store: NewsItem[] = [];
		let [adds, updates] = [0, 0];
		for (let run = 0; run < 30; run++) {
			const now = new Date(Date.parse(T3) + run * 3600_000).toISOString();
			const incoming = pool
				.filter(() => next() < 0.2)
				.map((c) => (c.dateSource === 'first-seen' ? { ...c, published: now } : c));
			const before = new Map(store.map((item) => [item.id, item]));
			const result = merge(store, incoming, now);
			for (const [id, old] of before) {
				const kept = byId(result.items, id);
				expect(kept.firstSeen).toBe(old.firstSeen);
				if (!result.updated.includes(id)) expect(kept).toEqual(old);
				else expect(kept.updated).toBe(now);
			}
			expect(result.items).toHaveLength(before.size + result.added.length);
			const again = merge(result.items, incoming, now);
			expect(again.added.length + again.updated.length).toBe(0);
			expect(serializeStore(again.items)).toBe(serializeStore(result.items));
			store = result.items;
			adds += result.added.length;
			updates += result.updated.length;
		}
		// The runs must have exercised both paths for the checks above to mean anything.
		expect(adds).toBeGreaterThan(10);
		expect(updates).toBeGreaterThan(10);
	});
});

describe('mergeIntoStore() prefers https over a stored http link', () => {
	const insecure = { ...wh, url: 'http://example.com/gold-eagle' };
	const secure = { ...wh, url: 'https://example.com/gold-eagle' };
	const elsewhere = { ...nextgov, url: 'https://example.com/gold-eagle', title: 'Unrelated words' };

	it.each<[string, Candidate, Candidate, string]>([
		['the same entry, later by https', insecure, secure, secure.url],
		['another feed\u2019s copy by https', insecure, elsewhere, secure.url],
		['the same entry, later by http again', insecure, insecure, insecure.url],
		['an https item, later by http', secure, insecure, secure.url],
		['an https item, later by https', secure, secure, secure.url],
	])('%s: one item at the right link', (_, stored, arriving, url) => {
		const first = merge([], [stored], T1);
		const { items, added } = merge(first.items, [arriving], T2);
		expect(added).toEqual([]);
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({ id: first.items[0]?.id, url, firstSeen: T1 });
		expect(items[0]?.alsoReportedBy.map((report) => report.url)).not.toContain(
			url.replace(/^https?/, url.startsWith('https') ? 'http' : 'https'),
		);
	});

	it('lists another feed\u2019s http copy once, and the item\u2019s own feed never', () => {
		const first = merge([], [insecure], T1);
		const copy = { ...whAll, url: insecure.url };
		const { items } = merge(first.items, [secure, copy, insecure], T2);
		expect(items).toHaveLength(1);
		expect(items[0]?.url).toBe(secure.url);
		expect(items[0]?.alsoReportedBy).toEqual([reportOf(copy)]);
	});
});
