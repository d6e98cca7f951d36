import { describe, expect, it } from 'vitest';
import { normalizeEntry } from '../../../src/lib/aggregator/normalize/normalize.ts';
import type { ParsedEntry } from '../../../src/lib/aggregator/types.ts';

const utc = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h));
const NOW = utc(2026, 7, 1, 12);
const context = { feed: 'cisa', feedUrl: 'https://example.com/news/feed.xml', now: NOW };

const entry = (fields: Partial<ParsedEntry> = {}): ParsedEntry => ({
	guid: 'g1',
	title: 'Title',
	link: 'https://example.com/a',
	base: null,
	summary: '<p>Summary</p>',
	content: null,
	date: 'Wed, 24 Jun 2026 09:00:00 GMT',
	author: null,
	categories: [],
	...fields,
});

describe('normalizeEntry() keeps an entry as a clean item', () => {
	it('with plain text, an absolute URL and the feed date in ISO UTC', () => {
		expect(normalizeEntry(entry(), context)).toEqual({
			item: {
				feed: 'cisa',
				guid: 'g1',
				title: 'Title',
				url: 'https://example.com/a',
				summary: 'Summary',
				published: '2026-06-24T09:00:00.000Z',
				dateSource: 'feed',
				flags: [],
			},
			repaired: null,
		});
	});

	it.each([
		[
			'strips markup from the title',
			{ title: 'A <b>bold</b> &amp; <script>x()</script>move' },
			{ title: 'A bold & move' },
		],
		[
			'decodes an escaped entity once',
			{ title: 'People&#39;s Republic' },
			{ title: "People's Republic" },
		],
		[
			'falls back to the content when the summary is empty',
			{ summary: '<img src="x.png">', content: '<p>Body</p>' },
			{ summary: 'Body' },
		],
		[
			'prefers the summary to the content',
			{ summary: 'Short', content: 'Long' },
			{ summary: 'Short' },
		],
		[
			'has a null summary when there is no text',
			{ summary: null, content: '  ' },
			{ summary: null },
		],
		[
			'takes the title from the start of the summary',
			{ title: '  ', summary: 'Summary text' },
			{ title: 'Summary text' },
		],
		[
			'resolves a relative link against the feed URL',
			{ link: '/post?utm_source=rss&id=3' },
			{ url: 'https://example.com/post?id=3' },
		],
		[
			'resolves a relative link against an http(s) xml:base',
			{ link: 'p.html', base: 'https://example.org/x/' },
			{ url: 'https://example.org/x/p.html' },
		],
		[
			'ignores an unsafe xml:base',
			{ link: 'p.html', base: "javascript:alert('x')" },
			{ url: 'https://example.com/news/p.html' },
		],
		['cleans the guid', { guid: '  id\u0000 \n 1 ' }, { guid: 'id 1' }],
		['has a null guid when blank', { guid: ' ' }, { guid: null }],
	])('%s', (_, fields, expected) => {
		const result = normalizeEntry(entry(fields), context);
		expect(result).toHaveProperty('item');
		if ('item' in result) expect(result.item).toMatchObject(expected);
	});

	it('caps the title and the summary', () => {
		const long = 'word '.repeat(500);
		const result = normalizeEntry(entry({ title: long, summary: long }), context);
		if (!('item' in result)) throw new Error('dropped');
		expect(result.item.title.length).toBeLessThanOrEqual(300);
		expect(result.item.summary?.length).toBeLessThanOrEqual(600);
		expect(result.item.title.endsWith('…')).toBe(true);
	});
});

describe('normalizeEntry() dates', () => {
	it.each([
		['an undated entry', null, NOW.toISOString(), 'first-seen', ['no-date'], null],
		[
			'an unreadable date',
			'sometime soon',
			NOW.toISOString(),
			'first-seen',
			['no-date'],
			'date-unknown',
		],
		[
			'the epoch, before 1990, as unknown',
			'Thu, 01 Jan 1970 00:00:00 GMT',
			NOW.toISOString(),
			'first-seen',
			['no-date'],
			'date-out-of-range',
		],
		['the first day of 1990', '1990-01-01', '1990-01-01T00:00:00.000Z', 'feed', [], null],
		[
			'a date two days ahead, within tolerance',
			'2026-07-03T12:00:00Z',
			'2026-07-03T12:00:00.000Z',
			'feed',
			[],
			null,
		],
		[
			'a date over two days ahead, as unknown',
			'2026-07-03T12:00:01Z',
			NOW.toISOString(),
			'first-seen',
			['no-date'],
			'date-out-of-range',
		],
		[
			'a year past 9999, as unknown',
			'99999-01-01T00:00:00Z',
			NOW.toISOString(),
			'first-seen',
			['no-date'],
			'date-unknown',
		],
		[
			'a year past 9999 in RFC 822, as unknown',
			'Mon, 01 Jan 10000 00:00:00 GMT',
			NOW.toISOString(),
			'first-seen',
			['no-date'],
			'date-unknown',
		],
		[
			'an hour of 25, as unknown',
			'2026-06-01T25:00:00Z',
			NOW.toISOString(),
			'first-seen',
			['no-date'],
			'date-unknown',
		],
		[
			'the 31st of February, as unknown',
			'2026-02-31T10:00:00Z',
			NOW.toISOString(),
			'first-seen',
			['no-date'],
			'date-unknown',
		],
	])('%s', (_, date, published, dateSource, flags, repaired) => {
		const result = normalizeEntry(entry({ date }), context);
		expect(result).toMatchObject({ item: { published, dateSource, flags }, repaired });
	});
});

describe('normalizeEntry() drops', () => {
	it.each([
		['an entry without a link as no-url', { link: null }, 'no-url'],
		['an entry with a blank link as no-url', { link: '  ' }, 'no-url'],
		['a javascript: link as unsafe-url', { link: 'javascript:alert(1)' }, 'unsafe-url'],
		['a data: link as unsafe-url', { link: 'data:text/html,<script>x</script>' }, 'unsafe-url'],
		['a file: link as unsafe-url', { link: 'file:///etc/passwd' }, 'unsafe-url'],
		[
			'an entry with neither title nor summary text as no-title',
			{ title: '<img src="x">', summary: null, content: '<script>x</script>' },
			'no-title',
		],
	])('%s', (_, fields, dropped) => {
		expect(normalizeEntry(entry(fields), context)).toEqual({ dropped });
	});
});
