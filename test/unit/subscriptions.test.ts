import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/lib/site-data.ts';
import {
	jsonFeed,
	MAIN_FEED,
	MILESTONES_FEED,
	rssOptions,
	topicFeed,
} from '../../src/lib/subscriptions/feeds.ts';
import { opmlDocument } from '../../src/lib/subscriptions/opml.ts';
import {
	FEED_LIMIT,
	milestoneTopic,
	siteUpdates,
	type Update,
} from '../../src/lib/subscriptions/updates.ts';
import { validContent } from './content-fixture.ts';

const SITE = new URL('https://tracker.example.org/');
const site = () => buildSite(validContent());

describe('siteUpdates()', () => {
	const updates = siteUpdates(site(), '2026-06-02', '2026-11-23');

	it('has the news item, each evidence entry, each later status change and the changelog, newest first', () => {
		expect([...new Set(updates.map((u) => u.kind))].sort()).toEqual([
			'changelog',
			'evidence',
			'news',
			'status',
		]);
		const dates = updates.map((u) => u.date);
		expect(dates).toEqual([...dates].sort().reverse());
		const status = updates.find((u) => u.kind === 'status' && u.date.startsWith('2026-07-01'))!;
		expect(status.title).toMatch(/now “Delivered/);
		expect(status.link).toBe('/milestones/2a-example/#history');
		expect(updates.find((u) => u.kind === 'evidence')!.link).toBe(
			'/milestones/2a-example/#evidence-1',
		);
	});

	it('gives every update a unique GUID, and news its own URL as a permalink', () => {
		expect(new Set(updates.map((u) => u.guid)).size).toBe(updates.length);
		const news = updates.find((u) => u.kind === 'news')!;
		expect(news).toMatchObject({
			guid: 'https://example.com/news',
			guidIsPermaLink: true,
			agencies: ['agency-a'],
		});
	});

	it('files requirement updates under the consulted bodies too', () => {
		const content = validContent();
		content.milestones[0]!.data.consulted = ['agency-c'];
		const evidence = siteUpdates(buildSite(content), '2026-06-02', '2026-11-23').find(
			(u) => u.kind === 'evidence',
		)!;
		expect(evidence.agencies).toEqual(['agency-a', 'agency-c']);
	});

	it('leaves out what is dated after the day asked for', () => {
		expect(siteUpdates(site(), '2026-06-02', '2026-06-20').map((u) => u.kind)).not.toContain(
			'evidence',
		);
	});
});

describe('milestoneTopic()', () => {
	it.each([
		['2(a)', 'order'],
		['2(c)(iii)', 'directives'],
		['2(d)', 'clearinghouse'],
		['2(e)', 'funding'],
		['2(f)', 'workforce'],
		['3(b)', 'benchmark-framework'],
		['4', 'enforcement'],
	])('%s → %s', (subsection, topic) => {
		expect(milestoneTopic({ subsection })).toBe(topic);
	});
});

const update = (i: number, overrides: Partial<Update> = {}): Update => ({
	guid: `g-${i}`,
	guidIsPermaLink: false,
	kind: 'evidence',
	title: `Update ${i} <b>&</b>`,
	link: `/milestones/m/#evidence-${i}`,
	date: `2026-07-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z`,
	description: 'Plain text.',
	topics: ['clearinghouse'],
	agencies: ['treasury'],
	milestone: 'm',
	...overrides,
});

describe('feeds', () => {
	const many = Array.from({ length: 80 }, (_, i) => update(i));

	it('rssOptions(): absolute links, a self link, at most 50 items, opaque GUIDs escaped', () => {
		const options = rssOptions(MAIN_FEED, many, SITE, '/tracker/');
		expect(options.site).toBe('https://tracker.example.org/tracker/');
		expect(options.customData).toContain(
			'<atom:link href="https://tracker.example.org/tracker/rss.xml" rel="self"',
		);
		const items = options.items as Array<{
			link: string;
			customData?: string;
			categories: string[];
		}>;
		expect(items).toHaveLength(FEED_LIMIT);
		expect(items[0]!.link).toBe('https://tracker.example.org/tracker/milestones/m/#evidence-0');
		expect(items[0]!.customData).toBe('<guid isPermaLink="false">g-0</guid>');
		expect(items[0]!.categories).toEqual(['Evidence', 'Clearinghouse']);
	});

	it('topic and requirement feeds carry only their updates', () => {
		const mixed = [
			update(1),
			update(2, { kind: 'news', topics: ['order'], milestone: null }),
			update(3, { kind: 'changelog', topics: [] }),
		];
		expect(rssOptions(topicFeed('order'), mixed, SITE, '/').items).toHaveLength(1);
		expect(rssOptions(MILESTONES_FEED, mixed, SITE, '/').items).toHaveLength(1);
	});

	it('jsonFeed(): JSON Feed 1.1 with ids, absolute URLs and dates', () => {
		const feed = jsonFeed(many, SITE, '/');
		expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
		expect(feed.feed_url).toBe('https://tracker.example.org/feed.json');
		expect(feed.items).toHaveLength(FEED_LIMIT);
		expect(feed.items[0]).toMatchObject({
			id: 'g-0',
			url: 'https://tracker.example.org/milestones/m/#evidence-0',
		});
	});
});

describe('opmlDocument()', () => {
	it('is well-formed OPML 2.0 with one outline per web feed, escaped, and no local feed', () => {
		const { feeds } = site();
		const withLocal = [
			...feeds,
			{
				...feeds[0]!,
				id: 'local',
				title: 'Local & "curated"',
				kind: 'curated' as const,
				url: 'local:content/feeds/curated.xml',
			},
			{ ...feeds[0]!, id: 'amp', title: 'A & B <feed>', url: 'https://example.org/feed?a=1&b=2' },
		];
		const xml = opmlDocument(withLocal, 'Feeds & more', new Date('2026-11-23T00:00:00Z'));
		const outlines: Array<Record<string, string>> = [];
		const parser = new SaxesParser();
		parser.on('opentag', (tag) => {
			if (tag.name === 'outline' && tag.attributes['type'] === 'rss')
				outlines.push(tag.attributes as Record<string, string>);
		});
		parser.write(xml).close();
		expect(outlines.map((o) => o['xmlUrl'])).toEqual([
			...feeds.map((f) => f.url),
			'https://example.org/feed?a=1&b=2',
		]);
		expect(outlines.at(-1)!['text']).toBe('A & B <feed>');
		expect(xml).toContain('<dateCreated>Mon, 23 Nov 2026 00:00:00 GMT</dateCreated>');
	});
});
