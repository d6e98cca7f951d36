/**
 * The site's feeds as data: which feeds exist (main, JSON, milestone changes, one per topic, one
 * per agency), what each contains, and each one rendered as @astrojs/rss options or as a JSON
 * Feed 1.1 document. URLs are made absolute with the deployment origin. Pure.
 */
import type { RSSOptions } from '@astrojs/rss';
import { TOPICS } from '../news.ts';
import type { Agency } from '../schemas/agency.ts';
import type { Topic } from '../schemas/feed.ts';
import { SITE_NAME } from '../site.ts';
import { escapeXml } from '../xml.ts';
import { batchUpdates } from './batches.ts';
import { categoriesOf, FEED_LIMIT, type Part, type Update } from './updates.ts';
import { absoluteUrl, BASE, route } from '../href.ts';

/** One feed of the site. `path` and `page` are site paths (without the base path). */
export interface FeedSpec {
	path: string;
	/** The page the feed follows, for autodiscovery and the channel link. */
	page: string;
	title: string;
	description: string;
	/** Why it has no items, when it has none: the end of "No items yet: …". */
	empty: string;
	/** Which updates it carries. */
	accepts: (update: Update) => boolean;
}

/** The main feed: every update. */
export const MAIN_FEED: FeedSpec = {
	path: route.rss,
	page: route.home,
	title: SITE_NAME,
	description:
		'Everything new on the tracker of Executive Order 14409: news items, evidence on each requirement, status changes and site updates.',
	empty: 'the tracker has published nothing yet.',
	accepts: () => true,
};

/** Evidence and status changes of the requirements only. */
export const MILESTONES_FEED: FeedSpec = {
	path: route.milestonesFeed,
	page: route.milestones,
	title: `${SITE_NAME}: Milestones, evidence and status changes`,
	description:
		'New evidence on each requirement of the order, and every change of its computed status.',
	empty: 'no requirement has evidence or a change of status yet.',
	accepts: (u) => u.kind === 'evidence' || u.kind === 'status',
};

/** The feed of one topic. */
export function topicFeed(topic: Topic): FeedSpec {
	return {
		path: route.topicFeed(topic),
		page: route.newsTopic(topic),
		title: `${SITE_NAME}: ${TOPICS[topic].label}`,
		description: `${TOPICS[topic].label}: ${TOPICS[topic].description} News, evidence and status changes on this topic.`,
		empty:
			'no news item has matched this topic, and no requirement filed under it has evidence or a change of status.',
		accepts: (u) => u.topics.includes(topic),
	};
}

/** The feed of one agency: updates on the requirements it leads or is consulted on, and news about them. */
export function agencyFeed(id: string, agency: Agency): FeedSpec {
	return {
		path: route.agencyFeed(id),
		page: route.agency(id),
		title: `${SITE_NAME}: ${agency.name}`,
		description: `${agency.name}: news, evidence and status changes on the requirements of the order it leads or is to be consulted on.`,
		empty: `no requirement that names ${agency.short} has evidence or a change of status, and no news item has been linked to one.`,
		accepts: (u) => u.agencies.includes(id),
	};
}

/** The items a feed carries, newest first, batched (one item per change), at most FEED_LIMIT. */
function feedItems(spec: FeedSpec, updates: readonly Update[]): Update[] {
	return batchUpdates(updates.filter(spec.accepts)).slice(0, FEED_LIMIT);
}

/** How many items a feed carries and the date of its newest (YYYY-MM-DD), or null when it has none. */
export function feedSummary(
	spec: FeedSpec,
	updates: readonly Update[],
): { count: number; last: string | null } {
	const items = feedItems(spec, updates);
	return { count: items.length, last: items[0]?.date.slice(0, 10) ?? null };
}

/** The feed's description, saying why it is empty when it is. */
const describe = (spec: FeedSpec, items: readonly Update[]) =>
	items.length ? spec.description : `${spec.description} No items yet: ${spec.empty}`;

/** The site's icon for feed readers (PNG, as RSS 2.0 requires). */
const FEED_ICON = route.feedIcon;

/** `path` on the deployment: absolute URL from the origin `site` and Astro's `base`. */
const absolute = (site: URL, base: string, path: string) =>
	/^https?:/.test(path) ? path : absoluteUrl(site, path, base);

/** What a batched item touched, as an HTML list of links (escaped), or undefined for a single update. */
function partsHtml(parts: readonly Part[], site: URL, base: string): string | undefined {
	if (parts.length === 0) return undefined;
	const li = parts.map(
		(p) =>
			`<li><a href="${escapeXml(absolute(site, base, p.link))}">${escapeXml(p.title)}</a></li>`,
	);
	return `<ul>${li.join('')}</ul>`;
}

/** Options for @astrojs/rss: channel with self link, language and image; items with GUIDs and categories. */
export function rssOptions(
	spec: FeedSpec,
	updates: readonly Update[],
	site: URL,
	base: string = BASE,
): RSSOptions {
	const self = absolute(site, base, spec.path);
	const home = absolute(site, base, spec.page);
	const items = feedItems(spec, updates);
	return {
		title: spec.title,
		description: describe(spec, items),
		site: home,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: [
			'<language>en-us</language>',
			`<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
			`<image><url>${escapeXml(absolute(site, base, FEED_ICON))}</url><title>${escapeXml(spec.title)}</title><link>${escapeXml(home)}</link></image>`,
		].join(''),
		items: items.map((u) => ({
			title: u.title,
			link: absolute(site, base, u.link),
			pubDate: new Date(u.date),
			// RSS readers render a description as HTML: plain text is escaped as HTML here (and
			// as XML by @astrojs/rss), so text that looks like tags stays text in every reader.
			description: escapeXml(u.description),
			...(u.parts.length
				? { content: `<p>${escapeXml(u.description)}</p>${partsHtml(u.parts, site, base)}` }
				: {}),
			categories: categoriesOf(u),
			...(u.guidIsPermaLink
				? {}
				: { customData: `<guid isPermaLink="false">${escapeXml(u.guid)}</guid>` }),
		})),
	};
}

/** The main feed as a JSON Feed 1.1 document. */
export function jsonFeed(updates: readonly Update[], site: URL, base: string = BASE) {
	const items = feedItems(MAIN_FEED, updates);
	return {
		version: 'https://jsonfeed.org/version/1.1',
		title: MAIN_FEED.title,
		home_page_url: absolute(site, base, MAIN_FEED.page),
		feed_url: absolute(site, base, route.jsonFeed),
		description: describe(MAIN_FEED, items),
		icon: absolute(site, base, FEED_ICON),
		language: 'en-US',
		items: items.map((u) => ({
			id: u.guid,
			url: absolute(site, base, u.link),
			title: u.title,
			content_text: u.description,
			...(u.parts.length
				? { content_html: `<p>${escapeXml(u.description)}</p>${partsHtml(u.parts, site, base)}` }
				: {}),
			date_published: u.date,
			tags: categoriesOf(u),
		})),
	};
}
