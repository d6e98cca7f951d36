/**
 * Feed titles in the site's feeds stay text for a reader that renders them as HTML: each title is
 * stored (as an earlier refresh may have stored it, or as ingestion now stores it), written to
 * `rss.xml` and `feed.json`, parsed back with a real parser, and rendered as HTML by a sanitizer
 * that counts the elements it meets.
 */
import { describe, expect, it } from 'vitest';
import { inertText } from '../../../src/lib/inert-text.ts';
import { normalizeEntry } from '../../../src/lib/aggregator/normalize/normalize.ts';
import type { ParsedEntry } from '../../../src/lib/aggregator/types.ts';
import type { NewsItem } from '../../../src/lib/schemas/news.ts';
import { readOutputsBack } from '../../support/output-safety.ts';

/** Titles as text: what a feed's escaped markup becomes once its entities are decoded. */
const TITLES = [
	'<img src=x onerror=alert(1)> EO 14409',
	'</title><script>alert(1)</script> EO 14409',
	'<!-- x --><b>bold</b> EO 14409',
	'<?xml version="1.0"?><svg onload=alert(1)> EO 14409',
	'<<script>>alert(1)<</script>> EO 14409',
	'&lt;b&gt;escaped twice&lt;/b&gt; EO 14409',
	'<a href="javascript:alert(1)">click</a> EO 14409',
];

const item = (title: string, summary: string | null, i: number): NewsItem => ({
	id: `n-00000000000${i}`,
	feed: 'hostile',
	guid: null,
	title,
	url: `https://example.com/t${i}`,
	publisher: 'Example publisher',
	kind: 'press',
	published: `2026-07-1${i}T00:00:00.000Z`,
	dateSource: 'feed',
	flags: [],
	summary,
	topics: ['order'],
	matches: [{ rule: 'order-number', topic: 'order', phrase: 'EO 14409', field: 'title' }],
	milestones: [],
	alsoReportedBy: [],
	firstSeen: '2026-07-20T00:00:00.000Z',
	updated: '2026-07-20T00:00:00.000Z',
});

/** The entry a feed would give for a title and summary written as escaped markup. */
const entry = (text: string): ParsedEntry => ({
	guid: null,
	title: text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
	link: 'https://example.com/x',
	base: null,
	summary: text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
	content: null,
	date: null,
	author: null,
	categories: [],
});

function normalized(text: string) {
	const result = normalizeEntry(entry(text), {
		feed: 'hostile',
		feedUrl: 'https://example.com/feed.xml',
		now: new Date('2026-07-20T00:00:00Z'),
	});
	if ('dropped' in result) throw new Error(`dropped: ${result.dropped}`);
	return result.item;
}

describe('feed titles in the site\u2019s feeds', () => {
	it.each([
		['stored as is by an earlier refresh', (t: string, i: number) => item(t, t, i)],
		[
			'stored by ingestion now',
			(t: string, i: number) => {
				const { title, summary } = normalized(t);
				return item(title, summary, i);
			},
		],
	])('render no element when read as HTML: %s', async (_, store) => {
		const outputs = await readOutputsBack(TITLES.map((t, i) => store(t, i)));
		expect(outputs.rssItems).toBe(TITLES.length);
		expect(outputs.json).toHaveLength(TITLES.length);
		expect(outputs.rssTitleElements).toEqual([]);
		expect(outputs.jsonElements).toEqual([]);
		expect(outputs.rssElements).toEqual([]);
	});

	it('keep their words, and their text where no markup could start', async () => {
		const outputs = await readOutputsBack([
			item(TITLES[0]!, null, 0),
			item('x < y, a <3 b', null, 1),
		]);
		expect(outputs.json.map((entry) => entry.title).sort()).toEqual([
			'x < y, a <3 b',
			'\u2039img src=x onerror=alert(1)> EO 14409',
		]);
	});
});

describe('inertText()', () => {
	it.each([
		['a start tag', '<b>x</b>', '\u2039b>x\u2039/b>'],
		['a comment', '<!-- x -->', '\u2039!-- x -->'],
		['a processing instruction', '<?x?>', '\u2039?x?>'],
		['a comparison', 'a < b > c', 'a < b > c'],
		['a heart', 'I <3 EO 14409', 'I <3 EO 14409'],
		['a reference, left to each output to escape', 'AT&T &lt;', 'AT&T &lt;'],
	])('%s', (_, text, inert) => {
		expect(inertText(text)).toBe(inert);
	});
});
