import { describe, expect, it } from 'vitest';
import { buildPrefilter, editDistance, fold, topMatches } from '../../src/lib/search/prefilter.ts';
import type { SearchRecord } from '../../src/lib/search/record-types.ts';

const record = (title: string, text = ''): SearchRecord => ({
	id: title,
	type: 'source',
	title,
	text,
	date: null,
	url: '/',
	keywords: '',
});
const records = [
	record('AI cybersecurity clearinghouse', 'Treasury leads it.'),
	record('Covered frontier model', 'Designated by the NSA Director.'),
	record('Voluntary framework', 'Developers may share a frontier model early.'),
	record('Café policy', 'Diacritics folded.'),
];
const prefilter = buildPrefilter(records);
const titles = (words: string[]) => prefilter.candidates(words, 10).map((i) => records[i]!.title);

describe('topMatches()', () => {
	it('picks the best few as a full sort would: highest score, then lowest index, among those kept', () => {
		const scores = new Map<number, number>();
		for (let i = 0; i < 500; i++) scores.set((i * 7919) % 500, (i * 31) % 9);
		const sorted = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([i]) => i);
		expect(topMatches(scores, 20)).toEqual(sorted.slice(0, 20));
		expect(topMatches(scores, 500)).toEqual(sorted);
		const even = (i: number) => i % 2 === 0;
		expect(topMatches(scores, 15, even)).toEqual(sorted.filter(even).slice(0, 15));
	});
});

describe('editDistance()', () => {
	it.each([
		['model', 'model', 0],
		['modle', 'model', 1],
		['clearinghuose', 'clearinghouse', 1],
		['treasry', 'treasury', 1],
		['abc', 'xyz', 3],
	])('editDistance(%j, %j) = %i', (a, b, d) => {
		expect(editDistance(a, b)).toBe(d);
	});
});

describe('buildPrefilter().candidates()', () => {
	it('finds words with a typo, and words the query begins', () => {
		expect(titles(['clearinghuose'])).toEqual(['AI cybersecurity clearinghouse']);
		expect(titles(['clearing'])).toEqual(['AI cybersecurity clearinghouse']);
	});

	it('requires every word, and ranks a title match before a text match', () => {
		expect(titles(['frontier', 'modle'])).toEqual([
			'Covered frontier model',
			'Voluntary framework',
		]);
		expect(titles(['frontier', 'treasury'])).toEqual([]);
	});

	it('ignores case and diacritics, and respects the limit', () => {
		expect(fold('Café')).toBe('cafe');
		expect(titles(['CAFE'])).toEqual(['Café policy']);
		expect(prefilter.candidates(['frontier'], 1)).toHaveLength(1);
	});

	it('does not forgive typos in words of three letters or fewer', () => {
		expect(titles(['nsb'])).toEqual([]);
		expect(titles(['nsa'])).toEqual(['Covered frontier model']);
	});
});

describe('searchPrefiltered()', () => {
	it('counts every matching record, ranks the best with Fuse, and keeps to the chosen type', async () => {
		const { default: Fuse } = await import('fuse.js');
		const { searchPrefiltered, PREFILTER_LIMIT } = await import('../../src/lib/search/query.ts');
		const many: SearchRecord[] = Array.from({ length: 120 }, (_, i) => ({
			...record(`Clearinghouse note ${i}`, 'About the clearinghouse.'),
			id: `r${i}`,
			type: i % 3 === 0 ? 'event' : 'source',
		}));
		const all = searchPrefiltered(Fuse, many, buildPrefilter(many), 'clearinghuose');
		expect(all.total).toBe(120);
		expect(all.counts.event).toBe(40);
		expect(all.counts.source).toBe(80);
		expect(all.hits.length).toBeLessThanOrEqual(PREFILTER_LIMIT);
		expect(all.hits.length).toBeGreaterThan(0);
		const events = searchPrefiltered(Fuse, many, buildPrefilter(many), 'clearinghouse', {
			type: 'event',
		});
		expect(events.hits.length).toBeGreaterThan(0);
		expect(events.hits.every((h) => h.record.type === 'event')).toBe(true);
		expect(events.counts).toEqual(all.counts);
	});

	it('ranks all candidates when they are only a few more than asked, and the asked number otherwise', async () => {
		const { default: Fuse } = await import('fuse.js');
		const { searchPrefiltered } = await import('../../src/lib/search/query.ts');
		const some = (n: number): SearchRecord[] =>
			Array.from({ length: n }, (_, i) => ({ ...record(`Clearinghouse note ${i}`), id: `r${i}` }));
		const few = some(30);
		expect(searchPrefiltered(Fuse, few, buildPrefilter(few), 'clearinghouse').hits).toHaveLength(
			30,
		);
		const many = some(31);
		const ranked = searchPrefiltered(Fuse, many, buildPrefilter(many), 'clearinghouse');
		expect(ranked.hits).toHaveLength(20);
		expect(ranked.total).toBe(31);
		const more = searchPrefiltered(Fuse, many, buildPrefilter(many), 'clearinghouse', {
			ranked: 40,
		});
		expect(more.hits).toHaveLength(31);
	});
});
