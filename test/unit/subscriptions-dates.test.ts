import { describe, expect, it } from 'vitest';
import type { NewsItem } from '../../src/lib/schemas/news.ts';
import { batchUpdates } from '../../src/lib/subscriptions/batches.ts';
import {
	dateText,
	feedInstant,
	knownDate,
	urlPathDate,
} from '../../src/lib/subscriptions/news-dates.ts';
import { frDocument, newsUpdates } from '../../src/lib/subscriptions/news-updates.ts';
import type { Update } from '../../src/lib/subscriptions/updates.ts';

const IMPORT = '2026-11-23T18:25:52.933Z';

/** A stored news item on example.com; undated (first seen at the first import) unless overridden. */
const news = (slug: string, overrides: Partial<NewsItem> = {}): NewsItem => ({
	id: slug,
	feed: 'feed-a',
	guid: null,
	title: `Title ${slug}`,
	url: `https://example.com/${slug}`,
	publisher: 'Example',
	kind: 'press',
	published: IMPORT,
	dateSource: 'first-seen',
	flags: ['no-date'],
	summary: null,
	topics: ['order'],
	matches: [{ rule: 'r', topic: 'order', phrase: 'p', field: 'title' }],
	milestones: [],
	alsoReportedBy: [],
	firstSeen: IMPORT,
	updated: IMPORT,
	...overrides,
});

const noAgencies = () => [];

describe('urlPathDate()', () => {
	it.each([
		['https://example.com/2026/06/02/story/', { value: '2026-06-02', precision: 'day' }],
		['https://example.com/blog/2026/06/story/', { value: '2026-06', precision: 'month' }],
		['https://example.com/blog/2026/13/story/', null],
		['https://example.com/story/140027', null],
		['https://example.com/?p=2026/06/', null],
	])('%s → %o', (url, expected) => {
		const got = urlPathDate(url);
		expect(got && { value: got.value, precision: got.precision }).toEqual(expected);
		if (got) expect(got.from).toBe('url-path');
	});
});

describe('knownDate() and dateText()', () => {
	it('keeps a feed instant to the second, and a feed midnight as a day', () => {
		const instant = news('a', { published: '2026-06-03T14:05:09.000Z', dateSource: 'feed' });
		expect(knownDate(instant)).toEqual({
			value: '2026-06-03T14:05:09.000Z',
			precision: 'instant',
			from: 'feed',
		});
		const day = news('b', { published: '2026-06-03T00:00:00.000Z', dateSource: 'feed' });
		expect(knownDate(day)).toEqual({ value: '2026-06-03', precision: 'day', from: 'feed' });
		expect(dateText(knownDate(day), IMPORT)).toBe('Published June 3, 2026.');
	});

	it('prefers the date the aggregator recorded from the page over the address', () => {
		const item = news('2026/06/x', {
			dateEvidence: {
				date: '2026-06-04',
				from: 'page-metadata',
				evidence: 'article:published_time 2026-06-04T09:00:00Z',
				recorded: IMPORT,
			},
		});
		const date = knownDate(item);
		expect(date).toEqual({ value: '2026-06-04', precision: 'day', from: 'page-metadata' });
		expect(feedInstant(date)).toBe('2026-06-04T00:00:00.000Z');
		expect(dateText(date, IMPORT)).toBe('Published June 4, 2026, from the page’s own metadata.');
	});

	it('says a month from the address is a month, and an unknown date is unknown', () => {
		const month = knownDate(news('blog/2026/06/x'));
		expect(feedInstant(month)).toBeNull();
		expect(dateText(month, IMPORT)).toBe(
			'Published in June 2026, from the date in its address; day unknown, first seen November 23, 2026.',
		);
		expect(knownDate(news('x'))).toBeNull();
		expect(dateText(null, IMPORT)).toBe('Publication date unknown, first seen November 23, 2026.');
	});
});

describe('newsUpdates() and batchUpdates(): honest news dates', () => {
	it('brings the first import’s undated backlog to subscribers as one item listing each with its date', () => {
		const store = [
			news('a'),
			news('b'),
			news('blog/2026/06/c'),
			news('d', { published: '2026-06-02T00:00:00.000Z', dateSource: 'feed', flags: [] }),
		];
		const items = batchUpdates(newsUpdates(store, noAgencies));
		expect(items).toHaveLength(2);
		const backlog = items.find((i) => i.parts.length > 0)!;
		expect(backlog.date).toBe(IMPORT);
		expect(backlog.title).toBe(
			'3 earlier news items added on November 23, 2026, publication dates not known to the day',
		);
		expect(backlog.parts.map((p) => p.link).sort()).toEqual([
			'https://example.com/a',
			'https://example.com/b',
			'https://example.com/blog/2026/06/c',
		]);
		expect(backlog.parts.find((p) => p.link.endsWith('/a'))!.title).toBe(
			'Title a, Example. Publication date unknown, first seen November 23, 2026.',
		);
		expect(items.find((i) => i.parts.length === 0)!.date).toBe('2026-06-02T00:00:00.000Z');
	});

	it('files a later undated item alone at its first sighting and says so; four or more in one reading are batched', () => {
		const later = '2026-12-01T06:00:00.000Z';
		const one = batchUpdates(
			newsUpdates([news('old'), news('new', { firstSeen: later, published: later })], noAgencies),
		);
		const alone = one.find((i) => i.link === 'https://example.com/new')!;
		expect(alone.date).toBe(later);
		expect(alone.description).toContain('Publication date unknown, first seen December 1, 2026.');
		const four = ['p', 'q', 'r', 's'].map((s) => news(s, { firstSeen: later, published: later }));
		const batched = batchUpdates(newsUpdates([news('old'), ...four], noAgencies));
		expect(batched.filter((i) => i.date === later)).toHaveLength(1);
	});

	it('gathers the renderings of one Federal Register document published the same day, led by its page', () => {
		const day = { published: '2026-06-05T00:00:00.000Z', dateSource: 'feed' as const, flags: [] };
		const store = [
			news('fr-pdf', {
				...day,
				url: 'https://www.govinfo.gov/content/pkg/FR-2026-06-05/pdf/2026-11415.pdf',
			}),
			news('fr-api', {
				...day,
				url: 'https://www.federalregister.gov/api/v1/documents/2026-11415.json',
			}),
			news('fr-page', {
				...day,
				title: 'The page',
				url: 'https://www.federalregister.gov/documents/2026/06/05/2026-11415/title',
			}),
			news('other', day),
		];
		expect(frDocument(store[0]!.url)).toBe('2026-11415');
		expect(frDocument('https://example.com/2026-11415')).toBeNull();
		const items = batchUpdates(newsUpdates(store, noAgencies));
		expect(items).toHaveLength(2);
		const doc = items.find((i) => i.parts.length === 3)!;
		expect(doc.title).toBe('The page');
		expect(doc.link).toBe('https://www.federalregister.gov/documents/2026/06/05/2026-11415/title');
	});
});

/** A site update of `kind` on `day` for requirement `m`, batched as `updates.ts` batches it. */
const own = (i: number, kind: Update['kind'], day: string, m: string | null = null): Update => ({
	guid: `g-${kind}-${i}`,
	guidIsPermaLink: false,
	kind,
	title: `${kind} ${i}`,
	link: `/x/${i}`,
	date: `${day}T00:00:00.000Z`,
	description: 'Text.',
	topics: i % 2 ? ['clearinghouse'] : ['workforce'],
	agencies: [],
	milestone: m,
	batch:
		kind === 'changelog'
			? { kind: 'site', key: `site:${day}`, min: 3 }
			: { kind: 'requirements', key: `requirements:${day}`, min: 2 },
	parts: [],
});

describe('batchUpdates(): one item per change', () => {
	const research = Array.from({ length: 10 }, (_, i) => own(i, 'evidence', '2026-11-23', `m${i}`));

	it('gives one research update touching ten requirements one item listing each with its link', () => {
		const items = batchUpdates([...research, own(10, 'status', '2026-11-23', 'm1')]);
		expect(items).toHaveLength(1);
		expect(items[0]!.title).toBe(
			'Requirements updated November 23, 2026: 10 evidence entries and 1 status change on 10 requirements',
		);
		expect(items[0]!.parts).toHaveLength(11);
		expect(items[0]!.parts[0]).toEqual({ title: 'evidence 0', link: '/x/0' });
	});

	it('leaves a single update, and fewer than three site updates a day, as they are', () => {
		const single = [own(1, 'evidence', '2026-11-24', 'm1')];
		expect(batchUpdates(single)).toEqual(single);
		const two = [own(1, 'changelog', '2026-12-07'), own(2, 'changelog', '2026-12-07')];
		expect(batchUpdates(two)).toEqual(two);
		const three = [...two, own(3, 'changelog', '2026-12-07')];
		expect(batchUpdates(three).map((i) => i.title)).toEqual([
			'3 site updates and corrections published December 7, 2026',
		]);
	});

	it('batches after a feed’s filter, under a GUID that changes when the members do', () => {
		const workforce = research.filter((u) => u.topics.includes('workforce'));
		const [all] = batchUpdates(research);
		const [some] = batchUpdates(workforce);
		expect(some!.parts).toHaveLength(5);
		expect(some!.guid).not.toBe(all!.guid);
		expect(batchUpdates(research)[0]!.guid).toBe(all!.guid);
	});
});
