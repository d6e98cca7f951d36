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
	assertFeedDates,
	BackdatedFeedItemError,
	FEED_LIMIT,
	firstPublished,
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

describe('feed items are dated no earlier than the site’s first publication', () => {
	/** The fixture, first published on November 23, 2026 (its evidence is dated July 1). */
	function published() {
		const content = validContent();
		content.changelog[0]!.data.date = '2026-11-23';
		return content;
	}

	it('firstPublished() is the date of the earliest changelog entry', () => {
		expect(firstPublished([{ date: '2026-12-07' }, { date: '2026-11-23' }])).toBe('2026-11-23');
		expect(firstPublished([])).toBeNull();
	});

	it('dates an earlier status change the day of first publication, and says so plainly', () => {
		const updates = siteUpdates(buildSite(published()), '2026-06-02', '2026-12-07');
		for (const u of updates.filter((x) => x.kind !== 'news')) {
			expect(u.date >= '2026-11-23').toBe(true);
		}
		const status = updates.find(
			(u) => u.kind === 'status' && u.guid.endsWith(':status:2026-07-01'),
		)!;
		expect(status.date).toBe('2026-11-23T00:00:00.000Z');
		expect(status.title).toBe(
			'Recorded November 23, 2026: on July 1, 2026, §2(a) Do a thing became “Delivered on time”',
		);
		expect(status.description).toMatch(
			/^Recorded by the tracker on 2026-11-23, its first publication; the change took effect on 2026-07-01/,
		);
		expect(updates.find((u) => u.kind === 'evidence')!.title).toBe(
			'Recorded November 23, 2026: evidence dated July 1, 2026 on §2(a) Do a thing',
		);
	});

	it('dates an entry re-typed by a later correction the day it was recorded, under a new GUID', () => {
		const content = published();
		content.milestones[0]!.data.evidence[0]!.recorded = '2026-12-07';
		const updates = siteUpdates(buildSite(content), '2026-06-02', '2026-12-07');
		const status = updates.find(
			(u) => u.kind === 'status' && u.guid.includes(':status:2026-07-01'),
		)!;
		expect(status).toMatchObject({
			guid: 'eo14409-tracker:milestone:2a-example:status:2026-07-01:recorded:2026-12-07',
			date: '2026-12-07T00:00:00.000Z',
		});
		expect(status.title).toMatch(/^Recorded December 7, 2026: on July 1, 2026, /);
	});

	it('assertFeedDates() rejects a back-dated status item that does not say it is a record', () => {
		const backdated = update(1, {
			kind: 'status',
			guid: 'eo14409-tracker:milestone:2a:status:2026-07-03',
			title: '§2(a) CNSS prioritizes the cyber defense of national security systems: now “Overdue”',
			date: '2026-07-03T00:00:00.000Z',
		});
		expect(() => assertFeedDates([backdated], '2026-11-23')).toThrow(BackdatedFeedItemError);
		expect(() => assertFeedDates([backdated], '2026-11-23')).toThrow(
			/dated before the site's first publication on 2026-11-23.*\n.*eo14409-tracker:milestone:2a:status:2026-07-03 dated 2026-07-03/,
		);
	});

	it('assertFeedDates() accepts a dated record, a plain record of an earlier change, and news', () => {
		const items = [
			update(1, { kind: 'status', date: '2026-11-23T00:00:00.000Z' }),
			update(2, {
				kind: 'status',
				title: 'Recorded Nov 23: on Jul 3, §2(a) became overdue',
				date: '2026-07-03T00:00:00.000Z',
			}),
			update(3, { kind: 'news', date: '2026-06-02T00:00:00.000Z' }),
		];
		expect(() => assertFeedDates(items, '2026-11-23')).not.toThrow();
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
	batch: null,
	parts: [],
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

describe('feed descriptions', () => {
	it('an empty feed says it has no items yet and why; a topic keeps its capitals', () => {
		const empty = rssOptions(topicFeed('enforcement'), [], SITE, '/');
		expect(empty.description).toBe(
			'Enforcement: AI-enabled computer crime as a priority for the Attorney General (section 4). News, evidence and status changes on this topic. No items yet: no news item has matched this topic, and no requirement filed under it has evidence or a change of status.',
		);
		const full = rssOptions(topicFeed('clearinghouse'), [update(1)], SITE, '/');
		expect(full.description).not.toContain('No items yet');
		expect(jsonFeed([], SITE, '/').description).toContain('No items yet: ');
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
