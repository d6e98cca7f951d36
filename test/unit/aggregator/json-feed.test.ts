import { describe, expect, it } from 'vitest';
import { parseJsonFeed } from '../../../src/lib/aggregator/parse/json-feed.ts';
import { parseFeed } from '../../../src/lib/aggregator/parse/parse.ts';
import { FeedError } from '../../../src/lib/aggregator/types.ts';

const V11 = 'https://jsonfeed.org/version/1.1';
const feed = (fields: Record<string, unknown>, items: unknown[]) =>
	JSON.stringify({
		version: V11,
		title: 'Feed',
		home_page_url: 'https://example.com/',
		...fields,
		items,
	});

function codeOf(text: string): string {
	try {
		parseJsonFeed(text);
	} catch (error) {
		if (error instanceof FeedError) return error.code;
		throw error;
	}
	return 'parsed';
}

describe('parseJsonFeed() reads JSON Feed items', () => {
	it('maps a 1.1 item to an entry', () => {
		const parsed = parseJsonFeed(
			feed({}, [
				{
					id: 'a1',
					url: 'https://example.com/a',
					external_url: 'https://example.org/elsewhere',
					title: 'Fish & <chips>',
					summary: 'Short',
					content_html: '<p>Long</p>',
					date_published: '2019-10-12T07:20:50.52Z',
					date_modified: '2019-10-13T00:00:00Z',
					authors: [{ name: 'Ann' }, { name: 'Bob' }],
					tags: ['x', 'y', 'x'],
				},
			]),
		);
		expect(parsed).toEqual({
			format: 'jsonfeed',
			title: 'Feed',
			link: 'https://example.com/',
			warnings: [],
			entries: [
				{
					guid: 'a1',
					title: 'Fish &amp; &lt;chips&gt;',
					link: 'https://example.com/a',
					base: 'https://example.com/',
					summary: 'Short',
					content: '<p>Long</p>',
					date: '2019-10-12T07:20:50.52Z',
					author: 'Ann, Bob',
					categories: ['x', 'y'],
				},
			],
		});
	});

	it.each([
		['a numeric id as a string', { id: 7 }, { guid: '7' }],
		[
			'external_url when there is no url',
			{ external_url: 'https://example.org/x' },
			{ link: 'https://example.org/x' },
		],
		['the 1.0 author object', { author: { name: 'Ann' } }, { author: 'Ann' }],
		['content_text escaped as HTML', { content_text: 'a < b' }, { content: 'a &lt; b' }],
		[
			'date_modified without date_published',
			{ date_modified: '2020-01-01T00:00:00Z' },
			{ date: '2020-01-01T00:00:00Z' },
		],
		[
			'null fields as absent',
			{ title: null, url: null, tags: null },
			{ title: null, link: null, categories: [] },
		],
	])('reads %s', (_, item, fields) => {
		expect(parseJsonFeed(feed({}, [item])).entries[0]).toMatchObject(fields);
	});

	it('accepts version 1 as well as 1.1', () => {
		expect(
			parseJsonFeed(feed({ version: 'https://jsonfeed.org/version/1' }, [{}])).entries,
		).toHaveLength(1);
	});

	it('accepts a bare "1.1" version when there is an items array, with a warning', () => {
		const parsed = parseJsonFeed(feed({ version: '1.1' }, [{ id: 'x' }]));
		expect(parsed.entries).toHaveLength(1);
		expect(parsed.warnings).toEqual(['"version" should be https://jsonfeed.org/version/1.1.']);
	});

	it('reads a field of the wrong type as absent and keeps the item with its other fields', () => {
		const parsed = parseJsonFeed(
			feed({}, [
				{ id: 'ok' },
				{ id: 'bad', title: 42, url: 'https://example.com/b', tags: [1, 'x'] },
			]),
		);
		expect(parsed.entries.map((e) => e.guid)).toEqual(['ok', 'bad']);
		expect(parsed.entries[1]).toMatchObject({
			title: null,
			link: 'https://example.com/b',
			categories: ['x'],
		});
	});

	it('skips an item that is not an object with a warning naming its path', () => {
		const parsed = parseJsonFeed(feed({}, [{ id: 'ok' }, 'junk']));
		expect(parsed.entries.map((e) => e.guid)).toEqual(['ok']);
		expect(parsed.warnings).toEqual([expect.stringMatching(/^items\[1\] skipped: /)]);
	});
});

describe('parseJsonFeed() fails with a clear code', () => {
	it.each([
		['invalid JSON', '{"version": "x", ', 'json-error'],
		['JSON that is not a feed', '{"name": "package"}', 'not-a-feed'],
		['a JSON array', '[1, 2]', 'not-a-feed'],
		['a bare version without items', '{"version": "1.1"}', 'not-a-feed'],
		['a JSON Feed without items', JSON.stringify({ version: V11, title: 'x' }), 'not-a-feed'],
		[
			'a future major version',
			JSON.stringify({ version: 'https://jsonfeed.org/version/2', items: [] }),
			'unsupported-format',
		],
	])('%s → %s', (_, text, code) => {
		expect(codeOf(text)).toBe(code);
	});
});

describe('parseFeed() sends JSON to the JSON Feed parser', () => {
	it('from the first non-blank character', async () => {
		const parsed = await parseFeed(
			`\n  ${feed({}, [{ id: 'x' }])}`,
			'https://example.com/feed.json',
		);
		expect(parsed.format).toBe('jsonfeed');
	});
});
