/**
 * The site's feeds as data: which feeds exist (main, JSON, milestone changes, one per topic, one
 * per agency), what each contains, and each one rendered as @astrojs/rss options or as a JSON
 * Feed 1.1 document. URLs are made absolute with the deployment origin. Pure.
 */
import type { RSSOptions } from '@astrojs/rss';
import { TOPICS } from '../news.ts';
import type { Agency } from '../schemas/agency.ts';
import type { Topic } from '../schemas/feed.ts';
import { SITE_NAME, withBase } from '../site.ts';
import { escapeXml } from '../xml.ts';
import { categoriesOf, FEED_LIMIT, type Update } from './updates.ts';

/** One feed of the site. `path` and `page` are site paths (without the base path). */
export interface FeedSpec {
	path: string;
	/** The page the feed follows, for autodiscovery and the channel link. */
	page: string;
	title: string;
	description: string;
	/** Which updates it carries. */
	accepts: (update: Update) => boolean;
}

/** The main feed: every update. */
export const MAIN_FEED: FeedSpec = {
	path: '/rss.xml',
	page: '/',
	title: SITE_NAME,
	description:
		'Everything new on the tracker of Executive Order 14409: news items, evidence on each requirement, status changes and site updates.',
	accepts: () => true,
};

/** The JSON Feed version of the main feed. */
export const JSON_FEED_PATH = '/feed.json';

/** Evidence and status changes of the requirements only. */
export const MILESTONES_FEED: FeedSpec = {
	path: '/feeds/milestones.xml',
	page: '/milestones/',
	title: `${SITE_NAME}: requirement changes`,
	description:
		'New evidence on each requirement of the order, and every change of its computed status.',
	accepts: (u) => u.kind === 'evidence' || u.kind === 'status',
};

/** The feed of one topic. */
export function topicFeed(topic: Topic): FeedSpec {
	return {
		path: `/feeds/topics/${topic}.xml`,
		page: `/news/topics/${topic}/`,
		title: `${SITE_NAME}: ${TOPICS[topic].label}`,
		description: `Updates on ${TOPICS[topic].description.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())}: news, evidence and status changes.`,
		accepts: (u) => u.topics.includes(topic),
	};
}

/** The feed of one agency: updates on the requirements it leads or is consulted on, and news about them. */
export function agencyFeed(id: string, agency: Agency): FeedSpec {
	return {
		path: `/feeds/agencies/${id}.xml`,
		page: `/agencies/${id}/`,
		title: `${SITE_NAME}: ${agency.name}`,
		description: `Updates on the requirements ${agency.name} leads or is consulted on, and news about them.`,
		accepts: (u) => u.agencies.includes(id),
	};
}

/** The updates a feed carries, newest first, at most FEED_LIMIT. */
function feedItems(spec: FeedSpec, updates: readonly Update[]): Update[] {
	return updates.filter(spec.accepts).slice(0, FEED_LIMIT);
}

/** The site's icon for feed readers (PNG, as RSS 2.0 requires). */
const FEED_ICON = '/feed-icon.png';

/** `path` on the deployment: absolute URL from the origin `site` and Astro's `base`. */
const absolute = (site: URL, base: string, path: string) =>
	/^https?:/.test(path) ? path : new URL(withBase(base, path), site).href;

/** Options for @astrojs/rss: channel with self link, language and image; items with GUIDs and categories. */
export function rssOptions(
	spec: FeedSpec,
	updates: readonly Update[],
	site: URL,
	base: string,
): RSSOptions {
	const self = absolute(site, base, spec.path);
	const home = absolute(site, base, spec.page);
	return {
		title: spec.title,
		description: spec.description,
		site: home,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: [
			'<language>en-us</language>',
			`<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
			`<image><url>${escapeXml(absolute(site, base, FEED_ICON))}</url><title>${escapeXml(spec.title)}</title><link>${escapeXml(home)}</link></image>`,
		].join(''),
		items: feedItems(spec, updates).map((u) => ({
			title: u.title,
			link: absolute(site, base, u.link),
			pubDate: new Date(u.date),
			// RSS readers render a description as HTML: plain text is escaped as HTML here (and
			// as XML by @astrojs/rss), so text that looks like tags stays text in every reader.
			description: escapeXml(u.description),
			categories: categoriesOf(u),
			...(u.guidIsPermaLink
				? {}
				: { customData: `<guid isPermaLink="false">${escapeXml(u.guid)}</guid>` }),
		})),
	};
}

/** The main feed as a JSON Feed 1.1 document. */
export function jsonFeed(updates: readonly Update[], site: URL, base: string) {
	return {
		version: 'https://jsonfeed.org/version/1.1',
		title: MAIN_FEED.title,
		home_page_url: absolute(site, base, MAIN_FEED.page),
		feed_url: absolute(site, base, JSON_FEED_PATH),
		description: MAIN_FEED.description,
		icon: absolute(site, base, FEED_ICON),
		language: 'en-US',
		items: feedItems(MAIN_FEED, updates).map((u) => ({
			id: u.guid,
			url: absolute(site, base, u.link),
			title: u.title,
			content_text: u.description,
			date_published: u.date,
			tags: categoriesOf(u),
		})),
	};
}
