/**
 * Every internal address of the site, in one place. `route` gives the site path of each page and
 * file the site publishes (without the deployment's base path); `href` turns a route into a link
 * for a page, with the base path; `absoluteUrl` makes it absolute on the deployed origin, for
 * feeds, calendars, data files and citations. Nothing else writes a path by hand, so moving a page
 * or deploying under a sub-path changes one file.
 */

/** `base` (Astro's `BASE_URL`) joined to a site path that starts with `/`. */
export function withBase(base: string, path: string): string {
	if (!path.startsWith('/')) throw new Error(`Site paths must start with "/": "${path}"`);
	const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${trimmed}${path}`;
}

/** The deployment's base path (`BASE_PATH` at build time); `/` outside a Vite build (plain Node). */
export const BASE: string = (import.meta.env as { BASE_URL?: string } | undefined)?.BASE_URL ?? '/';

/** A route as a link in one of the site's pages, with the deployment's base path. */
export function href(path: string): string {
	return withBase(BASE, path);
}

/** A route as an absolute URL on the deployed origin `site` (Astro's `site`). */
export function absoluteUrl(site: URL | undefined, path: string, base: string = BASE): string {
	if (!site) throw new Error('The site origin is not configured (SITE_URL)');
	return new URL(withBase(base, path), site).href;
}

const fragment = (id: string | undefined) => (id === undefined ? '' : `#${id}`);

/** Site paths of every page and file, without the base path. */
export const route = {
	home: '/',
	order: '/order/',
	section: (id: string, anchor?: string) => `/order/${id}/${fragment(anchor)}`,
	term: (sectionId: string, termId: string) => `/order/${sectionId}/#term-${termId}`,
	milestones: '/milestones/',
	milestonesWithStatus: (status: string) => `/milestones/?status=${encodeURIComponent(status)}`,
	milestone: (id: string, anchor?: string) => `/milestones/${id}/${fragment(anchor)}`,
	asOf: (day: string) => `/as-of/${day}/`,
	/** The list of pre-rendered past days, where the no-script date form lands. */
	asOfDays: '/as-of/',
	timeline: '/timeline/',
	event: (id: string) => `/timeline/#${id}`,
	agencies: '/agencies/',
	agency: (id: string) => `/agencies/${id}/`,
	sources: '/sources/',
	source: (id: string) => `/sources/${id}/`,
	claims: '/claims/',
	claim: (id: string) => `/claims/${id}/`,
	news: '/news/',
	newsFeeds: '/news/feeds/',
	/** Page `page` (from 1) of one topic's news. */
	newsTopic: (topic: string, page = 1) =>
		page === 1 ? `/news/topics/${topic}/` : `/news/topics/${topic}/${page}/`,
	changes: '/changes/',
	search: '/search/',
	searchIndex: '/search-index.json',
	/** The folder of the search index's other files: parts, term and record files, shards. */
	searchIndexDir: '/search-index/',
	/** The folder of one part of the search index (`core`, or a shard of older news). */
	searchIndexPart: (part: string) => `/search-index/${part}/`,
	/** Shard `n` (from 1) of the search index's older news. */
	searchShard: (n: number) => `/search-index/news-${n}.json`,
	subscribe: '/subscribe/',
	data: (anchor?: string) => `/data/${fragment(anchor)}`,
	/** A data download: `/data/<name>.<ext>`. */
	dataFile: (name: string, ext: 'json' | 'csv' | 'schema.json') => `/data/${name}.${ext}`,
	about: (anchor?: string) => `/about/${fragment(anchor)}`,
	changelog: (entryId?: string) => `/about/changelog/${fragment(entryId)}`,
	rss: '/rss.xml',
	jsonFeed: '/feed.json',
	milestonesFeed: '/feeds/milestones.xml',
	topicFeed: (topic: string) => `/feeds/topics/${topic}.xml`,
	agencyFeed: (id: string) => `/feeds/agencies/${id}.xml`,
	changesFeed: '/changes.xml',
	sourcesOpml: '/feeds/sources.opml',
	calendar: '/milestones.ics',
	milestoneCalendar: (id: string) => `/calendars/milestones/${id}.ics`,
	agencyCalendar: (id: string) => `/calendars/agencies/${id}.ics`,
	favicon: '/favicon.svg',
	feedIcon: '/feed-icon.png',
	sitemap: '/sitemap-index.xml',
} as const;
