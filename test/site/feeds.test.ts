/**
 * Every feed the site publishes, read by three independent clients: a strict namespace-aware XML
 * parser (saxes), rss-parser and feedsmith.
 */
import { parseFeed, parseOpml } from 'feedsmith';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist.ts';

const feeds = [
	'rss.xml',
	'feeds/milestones.xml',
	...(await readdir(join(DIST, 'feeds/topics'))).map((f) => `feeds/topics/${f}`),
	...(await readdir(join(DIST, 'feeds/agencies'))).map((f) => `feeds/agencies/${f}`),
];
const store = JSON.parse(
	await readFile(new URL('../../content/news/news.json', import.meta.url), 'utf8'),
) as Array<{ url: string; published: string; dateSource: string; firstSeen: string }>;
const webFeeds = JSON.parse(
	await readFile(new URL('../../content/feeds/feeds.json', import.meta.url), 'utf8'),
) as Array<{ url: string }>;

interface Channel {
	fields: Record<string, string>;
	selfHref: string | null;
	imageUrl: string | null;
	items: Array<Record<string, string> & { categories: string }>;
}

/** The channel and items as a strict XML parser sees them; throws on any well-formedness error. */
function strictRead(xml: string): Channel {
	const parser = new SaxesParser({ xmlns: true });
	const stack: string[] = [];
	const channel: Channel = { fields: {}, selfHref: null, imageUrl: null, items: [] };
	let text = '';
	parser.on('opentag', (tag) => {
		stack.push(tag.name);
		text = '';
		if (tag.name === 'item') channel.items.push({ categories: '' });
		if (
			tag.local === 'link' &&
			tag.uri === 'http://www.w3.org/2005/Atom' &&
			tag.attributes['rel']?.value === 'self'
		) {
			channel.selfHref = tag.attributes['href']?.value ?? null;
		}
	});
	parser.on('text', (t) => (text += t));
	parser.on('closetag', (tag) => {
		stack.pop();
		const parent = stack.at(-1);
		if (parent === 'channel') channel.fields[tag.name] = text;
		if (parent === 'image' && tag.name === 'url') channel.imageUrl = text;
		if (parent === 'item') {
			const item = channel.items.at(-1)!;
			if (tag.name === 'category') item.categories += `${text}|`;
			else item[tag.name] = text;
		}
		text = '';
	});
	parser.write(xml).close();
	return channel;
}

describe.each(feeds)('%s', (file) => {
	it('is well-formed RSS 2.0 with the required channel and item elements', async () => {
		const xml = await readFile(join(DIST, file), 'utf8');
		const channel = strictRead(xml);
		for (const field of ['title', 'link', 'description', 'language']) {
			expect(channel.fields[field], field).toBeTruthy();
		}
		expect(new URL(channel.selfHref!).pathname).toBe(`/${file}`);
		expect(channel.imageUrl).toMatch(/^https?:\/\/.+\.png$/);
		expect(channel.items.length).toBeLessThanOrEqual(50);
		const guids = new Set<string>();
		for (const item of channel.items) {
			expect(item['title']).toBeTruthy();
			expect(item['link']).toMatch(/^https?:\/\//);
			expect(item['pubDate']).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
			expect(Number.isNaN(Date.parse(item['pubDate']!))).toBe(false);
			expect(item.categories.length).toBeGreaterThan(0);
			expect(guids.has(item['guid']!), `duplicate GUID ${item['guid']}`).toBe(false);
			guids.add(item['guid']!);
		}
		const dates = channel.items.map((i) => Date.parse(i['pubDate']!));
		expect(dates).toEqual([...dates].sort((a, b) => b - a));
		expect(xml).not.toMatch(/<script|javascript:|\son\w+=/i);
	});

	it('reads the same in rss-parser', async () => {
		const xml = await readFile(join(DIST, file), 'utf8');
		const feed = await new Parser().parseString(xml);
		expect(feed.items.length).toBe(strictRead(xml).items.length);
		for (const item of feed.items) expect(item.guid).toBeTruthy();
	});
});

describe('the other subscription files', () => {
	it('feed.json is JSON Feed 1.1 with the main feed’s items', async () => {
		const feed = JSON.parse(await readFile(join(DIST, 'feed.json'), 'utf8')) as {
			version: string;
			feed_url: string;
			items: Array<{ id: string; url: string; date_published: string; title: string }>;
		};
		const rss = strictRead(await readFile(join(DIST, 'rss.xml'), 'utf8'));
		expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
		expect(new URL(feed.feed_url).pathname).toBe('/feed.json');
		expect(feed.items.map((i) => i.title)).toEqual(rss.items.map((i) => i['title']));
		expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length);
		for (const item of feed.items) {
			expect(item.url).toMatch(/^https?:\/\//);
			expect(new Date(item.date_published).toISOString()).toBe(item.date_published);
		}
	});

	it('sources.opml is OPML 2.0 listing every web feed the tracker reads', async () => {
		const xml = await readFile(join(DIST, 'feeds/sources.opml'), 'utf8');
		const urls: string[] = [];
		const parser = new SaxesParser();
		parser.on('opentag', (tag) => {
			if (tag.name === 'opml') expect(tag.attributes['version']).toBe('2.0');
			if (tag.name === 'outline' && tag.attributes['xmlUrl'])
				urls.push(tag.attributes['xmlUrl'] as string);
		});
		parser.write(xml).close();
		expect(urls.sort()).toEqual(
			webFeeds
				.map((f) => f.url)
				.filter((u) => /^https?:/.test(u))
				.sort(),
		);
	});

	it.each([
		['index.html', '/rss.xml'],
		['news/topics/clearinghouse/index.html', '/feeds/topics/clearinghouse.xml'],
		['agencies/treasury/index.html', '/feeds/agencies/treasury.xml'],
		['milestones/index.html', '/feeds/milestones.xml'],
	])('%s announces %s for autodiscovery', async (page, feed) => {
		const html = await readFile(join(DIST, page), 'utf8');
		const links = [
			...html.matchAll(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="([^"]+)"/g),
		].map((m) => m[1]);
		expect(links).toContain(feed);
		expect(html).toContain('type="application/feed+json"');
	});
});

describe('feedsmith, a second independent feed parser', () => {
	it.each(feeds)('reads %s as RSS with the same items, titles, links and dates', async (file) => {
		const xml = await readFile(join(DIST, file), 'utf8');
		const { format, feed } = parseFeed(xml);
		expect(format).toBe('rss');
		const strict = strictRead(xml);
		const items =
			(feed as { items?: Array<{ title?: string; link?: string; pubDate?: string }> }).items ?? [];
		expect(items.map((i) => [i.title, i.link, i.pubDate])).toEqual(
			strict.items.map((i) => [i['title'], i['link'], i['pubDate']]),
		);
	});

	it('reads feed.json as JSON Feed with the same items as rss.xml', async () => {
		const json = JSON.parse(await readFile(join(DIST, 'feed.json'), 'utf8')) as unknown;
		const { format, feed } = parseFeed(json);
		expect(format).toBe('json');
		const rss = strictRead(await readFile(join(DIST, 'rss.xml'), 'utf8'));
		const items = (feed as { items?: Array<{ url?: string }> }).items ?? [];
		expect(items.map((i) => i.url)).toEqual(rss.items.map((i) => i['link']));
	});

	it('reads sources.opml as OPML', async () => {
		const opml = parseOpml(await readFile(join(DIST, 'feeds/sources.opml'), 'utf8'));
		const urls = JSON.stringify(opml.body);
		for (const { url } of webFeeds.filter((f) => /^https?:/.test(f.url)))
			expect(urls).toContain(url);
	});
});

describe('item dates and counts a subscriber can trust', () => {
	it.each(feeds)(
		'%s: no more than three items share a timestamp, no two a title and date',
		async (file) => {
			const feed = await new Parser().parseString(await readFile(join(DIST, file), 'utf8'));
			const byDate = new Map<string, number>();
			for (const item of feed.items)
				byDate.set(item.pubDate!, (byDate.get(item.pubDate!) ?? 0) + 1);
			for (const [date, n] of byDate) expect(n, `${n} items at ${date}`).toBeLessThanOrEqual(3);
			const keys = feed.items.map((i) => `${i.title}|${i.pubDate}`);
			expect(new Set(keys).size).toBe(keys.length);
		},
	);

	it('rss.xml links every stored news item once, dated by its publisher or, when undated, listed in a batch', async () => {
		const xml = await readFile(join(DIST, 'rss.xml'), 'utf8');
		const rssItems = (await new Parser().parseString(xml)).items;
		const { feed } = parseFeed(xml);
		const smithItems = (
			feed as { items?: Array<{ link?: string; content?: { encoded?: string } }> }
		).items!;
		expect(smithItems.map((i) => i.link)).toEqual(rssItems.map((i) => i.link));
		const partLinks = (html: string | undefined) =>
			[...(html ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
		for (const n of store) {
			const batched = rssItems.filter((i) => partLinks(i['content:encoded']).includes(n.url));
			const carrying = rssItems.filter((i) => i.link === n.url || batched.includes(i));
			expect(carrying, n.url).toHaveLength(1);
			const smith = smithItems.filter((i) => partLinks(i.content?.encoded).includes(n.url));
			expect(smith.length, n.url).toBe(batched.length);
			const item = carrying[0]!;
			if (n.dateSource === 'feed') expect(new Date(item.pubDate!).toISOString()).toBe(n.published);
			// An undated item is never filed alone without saying its date is unknown.
			else if (batched.length === 0)
				expect(item.contentSnippet).toContain('Publication date unknown');
		}
	});
});

/** Agency ids that are acronyms (the agency's short name in lower case): internal names to readers. */
const agencies = JSON.parse(
	await readFile(new URL('../../content/agencies/agencies.json', import.meta.url), 'utf8'),
) as Array<{ id: string; short: string }>;
const internalIds = agencies.filter((a) => a.short.toLowerCase() === a.id).map((a) => a.id);

/** The text of a built page's h1, tags removed. */
async function headingOf(pageUrl: string): Promise<string> {
	const html = await readFile(join(DIST, new URL(pageUrl).pathname, 'index.html'), 'utf8');
	return /<h1[^>]*>([\s\S]*?)<\/h1>/
		.exec(html)![1]!
		.replace(/<[^>]+>/g, '')
		.trim();
}

describe('every feed says what it is', () => {
	it.each(feeds)(
		'%s: its title names its page as the page does, its description reads as written',
		async (file) => {
			const feed = await new Parser().parseString(await readFile(join(DIST, file), 'utf8'));
			const subject = feed.title!.replace(/^EO 14409 Tracker(: )?/, '');
			const heading = (await headingOf(feed.link!)).replace(/^News: /, '');
			if (subject) expect(subject.startsWith(heading), `${subject} / ${heading}`).toBe(true);
			else expect(new URL(feed.link!).pathname).toBe('/');
			const text = `${feed.title} ${feed.description}`;
			expect(text).not.toMatch(/\b[a-z][A-Z]/);
			for (const id of [...internalIds, 'benchmark-framework', 'white-house'])
				expect(text).not.toMatch(new RegExp(`\\b${id}\\b`));
			if (feed.items.length === 0) expect(feed.description).toMatch(/ No items yet: [^.]+\.$/);
			else expect(feed.description).not.toContain('No items yet');
		},
	);

	it('/subscribe/ shows each feed’s item count and newest date next to its link', async () => {
		const html = await readFile(join(DIST, 'subscribe/index.html'), 'utf8');
		for (const file of feeds) {
			const feed = await new Parser().parseString(await readFile(join(DIST, file), 'utf8'));
			const entry = new RegExp(
				`href="[^"]*/${file.replace(/[./]/g, '\\$&')}"[\\s\\S]*?class="holds"[^>]*>([^<]*)<`,
			).exec(html);
			expect(entry, file).not.toBeNull();
			const newest = feed.items[0]?.pubDate;
			const day = newest
				? new Date(newest).toLocaleDateString('en-US', {
						timeZone: 'UTC',
						year: 'numeric',
						month: 'long',
						day: 'numeric',
					})
				: null;
			expect(entry![1]).toBe(
				day
					? `${feed.items.length} ${feed.items.length === 1 ? 'item' : 'items'}, the newest dated ${day}.`
					: 'No items yet.',
			);
		}
	});
});
