import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../../src/lib/search/record-types.ts';
import { planShards, shardPath, shardRefs } from '../../src/lib/search/shards.ts';

const record = (id: string, type: SearchRecord['type']): SearchRecord => ({
	id,
	type,
	title: id,
	text: '',
	date: null,
	url: `/x/#${id}`,
	keywords: '',
});

const site = [record('s1', 'section'), record('m1', 'milestone'), record('e1', 'event')];
const news = (n: number) => Array.from({ length: n }, (_, i) => record(`n${i}`, 'news'));

describe('search index shards', () => {
	it('keeps everything in the main index while the news fits', () => {
		const plan = planShards([...site, ...news(3)], 3, 2);
		expect(plan.core.map((r) => r.id)).toEqual(['s1', 'm1', 'e1', 'n0', 'n1', 'n2']);
		expect(plan.shards).toEqual([]);
		expect(shardRefs(plan)).toEqual([]);
	});

	it('keeps the newest news and every other record, and shards the older news in order', () => {
		const plan = planShards([...news(8), ...site], 3, 2);
		expect(plan.core.map((r) => r.id)).toEqual(['s1', 'm1', 'e1', 'n0', 'n1', 'n2']);
		expect(plan.shards.map((s) => s.map((r) => r.id))).toEqual([
			['n3', 'n4'],
			['n5', 'n6'],
			['n7'],
		]);
		expect(shardRefs(plan)).toEqual([
			{ path: '/search-index/news-1.json', records: 2 },
			{ path: '/search-index/news-2.json', records: 2 },
			{ path: '/search-index/news-3.json', records: 1 },
		]);
	});

	it('loses and repeats nothing at scale', () => {
		const all = [...site, ...news(12_345)];
		const plan = planShards(all);
		const ids = [...plan.core, ...plan.shards.flat()].map((r) => r.id);
		expect(ids.length).toBe(all.length);
		expect(new Set(ids).size).toBe(all.length);
		expect(plan.core.filter((r) => r.type === 'news')).toHaveLength(1000);
		expect(plan.shards.map((s) => s.length)).toEqual([5000, 5000, 1345]);
	});

	it('refuses sizes that cannot split', () => {
		expect(() => planShards(site, 10, 0)).toThrow(RangeError);
		expect(shardPath(2)).toBe('/search-index/news-2.json');
	});
});
