import { describe, expect, it } from 'vitest';
import { feedHealthRows } from '../../src/lib/feed-health.ts';
import {
	matchReason,
	newsDate,
	newsForMilestone,
	newsForTopic,
	newsListingPaths,
	NEWS_PAGE_SIZE,
	publisherKey,
	publishersOf,
	sortNews,
	topicCounts,
	topicPagePath,
} from '../../src/lib/news.ts';
import type { Feed } from '../../src/lib/schemas/feed.ts';
import type { FeedState, NewsItem } from '../../src/lib/schemas/news.ts';

const item = (id: string, overrides: Partial<NewsItem> = {}): NewsItem => ({
	id,
	feed: 'feed-a',
	guid: null,
	title: `Item ${id}`,
	url: `https://example.com/${id}`,
	publisher: 'Example News',
	kind: 'press',
	published: '2026-07-01T12:00:00.000Z',
	dateSource: 'feed',
	flags: [],
	summary: null,
	topics: ['order'],
	matches: [{ rule: 'order-number', topic: 'order', phrase: 'EO 14409', field: 'title' }],
	milestones: [],
	alsoReportedBy: [],
	firstSeen: '2026-07-01T13:00:00.000Z',
	updated: '2026-07-01T13:00:00.000Z',
	...overrides,
});

describe('sortNews()', () => {
	it('puts dated items newest first, then undated ones, ties by id', () => {
		const sorted = sortNews([
			item('n-b', { published: '2026-07-01T00:00:00.000Z' }),
			item('n-undated', { published: '2026-11-23T00:00:00.000Z', dateSource: 'first-seen' }),
			item('n-a', { published: '2026-07-01T00:00:00.000Z' }),
			item('n-new', { published: '2026-08-01T00:00:00.000Z' }),
		]);
		expect(sorted.map((i) => i.id)).toEqual(['n-new', 'n-a', 'n-b', 'n-undated']);
	});
});

describe('news wording', () => {
	it.each([
		[
			{ rule: 'gold-eagle', topic: 'clearinghouse', phrase: 'GOLD EAGLE', field: 'title' },
			'Title mentions “GOLD EAGLE”',
		],
		[
			{ rule: 'bod-26-04', topic: 'directives', phrase: 'BOD 26-04', field: 'summary' },
			'Summary mentions “BOD 26-04”',
		],
		[
			{ rule: 'curated-listing', topic: 'order', phrase: 'Curated', field: 'feed' },
			'Listed in the tracker’s fact base (Curated)',
		],
	] as const)('matchReason(%j) = %s', (match, text) => {
		expect(matchReason(match)).toBe(text);
	});

	it('dates an item by its UTC day, and says when the date is only when we first saw it', () => {
		expect(newsDate(item('n-1', { published: '2026-07-14T23:30:00.000Z' }))).toEqual({
			day: '2026-07-14',
			text: 'Jul 14, 2026',
			undated: false,
		});
		expect(
			newsDate(item('n-2', { dateSource: 'first-seen', published: '2026-11-23T01:00:00.000Z' })),
		).toEqual({
			day: '2026-11-23',
			text: 'Undated (first seen Nov 23, 2026)',
			undated: true,
		});
	});
});

describe('news groupings', () => {
	const items = [
		item('n-1', { topics: ['clearinghouse'], milestones: ['2d-x'], publisher: 'The White House' }),
		item('n-2', {
			topics: ['order', 'clearinghouse'],
			publisher: 'Wilson Sonsini Goodrich & Rosati',
		}),
		item('n-3', { publisher: 'The White House' }),
	];

	it('selects by topic and by milestone', () => {
		expect(newsForTopic(items, 'clearinghouse').map((i) => i.id)).toEqual(['n-1', 'n-2']);
		expect(newsForMilestone(items, '2d-x').map((i) => i.id)).toEqual(['n-1']);
		expect(newsForTopic(items, 'congress')).toEqual([]);
	});

	it('counts publishers under a token safe for data attributes', () => {
		expect(publisherKey('Wilson Sonsini Goodrich & Rosati')).toBe('wilson-sonsini-goodrich-rosati');
		expect(publishersOf(items)).toEqual([
			{ key: 'the-white-house', name: 'The White House', count: 2 },
			{ key: 'wilson-sonsini-goodrich-rosati', name: 'Wilson Sonsini Goodrich & Rosati', count: 1 },
		]);
	});
});

describe('feedHealthRows()', () => {
	const feed = (id: string): Feed => ({
		id,
		title: `Feed ${id}`,
		publisher: 'Example',
		kind: 'official',
		url: `https://example.com/${id}.xml`,
		urlConfidence: 'high',
		topics: ['order'],
		confidence: 'primary',
	});
	const state = (id: string, overrides: Partial<FeedState>): FeedState => ({
		id,
		etag: null,
		lastModified: null,
		lastAttempt: '2026-11-23T12:00:00.000Z',
		lastSuccess: null,
		result: 'ok',
		error: null,
		entries: 0,
		kept: 0,
		dropped: {},
		...overrides,
	});

	it('says what happened to each feed, why it failed and why entries were dropped', () => {
		const rows = feedHealthRows(
			[feed('a'), feed('b'), feed('c')],
			new Map([
				[
					'a',
					state('a', {
						entries: 10,
						kept: 3,
						dropped: { irrelevant: 6, 'unsafe-url': 1, duplicate: 0 },
					}),
				],
				[
					'b',
					state('b', {
						result: 'failed',
						error: { code: 'network', message: '\u001b[31mhost not found\u001b[0m at /home/me/x' },
					}),
				],
			]),
		);
		expect(rows.map((r) => [r.feed.id, r.result, r.resultText, r.detail, r.droppedText])).toEqual([
			['a', 'ok', 'OK', null, '6 no rule matched, 1 unsafe link'],
			[
				'b',
				'failed',
				'Unreachable at the last refresh (Nov 23, 2026)',
				'host not found at (a local path)',
				'—',
			],
			['c', 'never', 'Not fetched yet', null, '—'],
		]);
		const d = feedHealthRows(
			[feed('d')],
			new Map([
				['d', state('d', { result: 'failed', error: { code: 'xml-error', message: 'line 3' } })],
			]),
		);
		expect(d[0]?.resultText).toBe('Could not be read at the last refresh (Nov 23, 2026)');
	});
});

describe('where the listings show an item', () => {
	it('numbers topic pages from the second on', () => {
		expect(topicPagePath('order', 0)).toBe('/news/topics/order/');
		expect(topicPagePath('order', NEWS_PAGE_SIZE - 1)).toBe('/news/topics/order/');
		expect(topicPagePath('order', NEWS_PAGE_SIZE)).toBe('/news/topics/order/2/');
		expect(topicPagePath('funding', 3 * NEWS_PAGE_SIZE + 1)).toBe('/news/topics/funding/4/');
	});

	it("points each item at the page of its first topic's listing that shows it", () => {
		// Newest first: item 0 is the newest, so the oldest items fall on the later pages.
		const day = (i: number) => new Date(Date.UTC(2026, 6, 1) - i * 3_600_000).toISOString();
		const items = Array.from({ length: NEWS_PAGE_SIZE + 2 }, (_, i) =>
			item(`n${i}`, { published: day(i), topics: ['directives', 'order'] }),
		);
		items.push(item('only-order', { published: day(0), topics: ['order'] }));
		const paths = newsListingPaths(items);
		expect(paths.size).toBe(items.length);
		expect(paths.get('n0')).toBe('/news/topics/directives/#n0');
		expect(paths.get(`n${NEWS_PAGE_SIZE}`)).toBe(`/news/topics/directives/2/#n${NEWS_PAGE_SIZE}`);
		expect(paths.get('only-order')).toBe('/news/topics/order/#only-order');
	});
});

describe('topicCounts()', () => {
	it('counts each topic once per item, every topic present', () => {
		const items = [
			item('a', { topics: ['directives', 'order'] }),
			item('b', { topics: ['order'] }),
		];
		const counts = topicCounts(items);
		expect(counts.order).toBe(2);
		expect(counts.directives).toBe(1);
		expect(counts.funding).toBe(0);
		expect(topicCounts(items)).toBe(counts);
		expect(topicCounts([...items, item('c')]).order).toBe(3);
	});
});
