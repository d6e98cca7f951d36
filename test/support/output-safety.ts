/**
 * Reads stored news items back through the site's outputs as a reader would: the RSS that
 * `rss.xml` serves (built with the same options, parsed back with rss-parser) and the JSON Feed
 * that `feed.json` serves (serialized and parsed back), then renders every title and description
 * as HTML (as many readers do, whatever the format says) with sanitize-html allowing everything
 * and counting the elements it meets. Text from a feed must never become an element. These are
 * every output that carries feed text as titles: topic and agency feeds are `rss.xml`'s options
 * filtered, the calendars carry no news, the weekly changes feed writes titles as escaped HTML.
 */
import { getRssString } from '@astrojs/rss';
import Parser from 'rss-parser';
import sanitizeHtml from 'sanitize-html';
import type { NewsItem } from '../../src/lib/schemas/news.ts';
import type { Site } from '../../src/lib/site-data.ts';
import { jsonFeed, MAIN_FEED, rssOptions } from '../../src/lib/subscriptions/feeds.ts';
import { siteUpdates } from '../../src/lib/subscriptions/updates.ts';

const SITE = new URL('https://example.org/');

/** The element names found when `html` is rendered as HTML. */
function elementsIn(html: string): string[] {
	const names: string[] = [];
	sanitizeHtml(html, {
		allowedTags: false,
		allowedAttributes: false,
		allowVulnerableTags: true,
		onOpenTag: (name: string) => names.push(name),
	});
	return names;
}

/** What a reader would find in the site's feeds for `news`. */
export interface OutputReadBack {
	/** Elements rendered from RSS descriptions read as HTML. */
	rssElements: string[];
	/** Elements rendered from RSS item titles read as HTML. */
	rssTitleElements: string[];
	/** Elements rendered from JSON Feed titles and `content_text` read as HTML. */
	jsonElements: string[];
	/** Items in the RSS, as parsed back. */
	rssItems: number;
	/** Every URL and text the JSON Feed carries for the news items. */
	json: { url: string; title: string; content_text: string }[];
}

/** Builds the RSS and JSON Feed for `news` (and nothing else) and reads them back. */
export async function readOutputsBack(news: readonly NewsItem[]): Promise<OutputReadBack> {
	const site = { news, milestones: [], changelog: [] } as unknown as Site;
	const updates = siteUpdates(site, '2026-01-01', '2026-12-31');
	const xml = await getRssString(rssOptions(MAIN_FEED, updates, SITE, '/'));
	const parsed = await new Parser().parseString(xml);
	const rssElements = parsed.items.flatMap((item) => elementsIn(item.content ?? ''));
	const rssTitleElements = parsed.items.flatMap((item) => elementsIn(item.title ?? ''));
	const json = (
		JSON.parse(JSON.stringify(jsonFeed(updates, SITE, '/'))) as { items: OutputReadBack['json'] }
	).items;
	const jsonElements = json.flatMap((item) => [
		...elementsIn(item.title),
		...elementsIn(item.content_text),
	]);
	return { rssElements, rssTitleElements, jsonElements, rssItems: parsed.items.length, json };
}
