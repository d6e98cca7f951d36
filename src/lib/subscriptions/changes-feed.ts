/**
 * The feed of /changes/: one item per week, listing that week's changes grouped by requirement,
 * each with its link. A week's item is dated by its latest change, and its GUID changes when the
 * week gains a change, so readers see a week that grew as new. Pure.
 */
import type { RSSOptions } from '@astrojs/rss';
import { createHash } from 'node:crypto';
import { SITE_NAME } from '../site.ts';
import { escapeXml } from '../xml.ts';
import type { ChangeWeek } from './changes.ts';
import { absoluteUrl, BASE, route } from '../href.ts';
import { dayToUtcMs } from '../dates.ts';

/** The feed's address, page, title and description. */
export const CHANGES_FEED = {
	path: route.changesFeed,
	page: route.changes,
	title: `${SITE_NAME}: What changed, week by week`,
	description:
		'One item a week: the status changes, new evidence, new and corrected sources, news and site updates of that week, grouped by requirement, each with its link.',
} as const;

/** The number of weekly items and the newest one's date, as the feed dates it. */
export function weeklySummary(weeks: readonly ChangeWeek[]): {
	count: number;
	last: string | null;
} {
	const shown = weeks.slice(0, WEEKS);
	return { count: shown.length, last: shown[0] ? latestDay(shown[0]) : null };
}

/** The day of a week's latest change. */
const latestDay = (w: ChangeWeek) =>
	w.groups
		.flatMap((g) => g.entries.map((e) => e.day))
		.sort()
		.at(-1)!;

/** Weeks in the feed, newest first. */
const WEEKS = 26;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** @astrojs/rss options for the weekly feed, with absolute links from `site` and `base`. */
export function changesFeedOptions(
	weeks: readonly ChangeWeek[],
	site: URL,
	base: string = BASE,
): RSSOptions {
	const abs = (path: string) => (/^https?:/.test(path) ? path : absoluteUrl(site, path, base));
	const self = abs(CHANGES_FEED.path);
	return {
		title: CHANGES_FEED.title,
		description: weeks.length
			? CHANGES_FEED.description
			: `${CHANGES_FEED.description} No items yet: nothing has changed on the site yet.`,
		site: abs(CHANGES_FEED.page),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>en-us</language><atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
		items: weeks.slice(0, WEEKS).map((w) => {
			const entries = w.groups.flatMap((g) => g.entries);
			const touched = w.groups.filter((g) => g.milestone !== null).length;
			const summary = `${plural(entries.length, 'change', 'changes')}${touched ? `, ${plural(touched, 'requirement', 'requirements')} among them` : ''}.`;
			const html = w.groups
				.map(
					(g) =>
						`<h3>${g.link ? `<a href="${escapeXml(abs(g.link))}">${escapeXml(g.heading)}</a>` : escapeXml(g.heading)}</h3><ul>${g.entries
							.map(
								(e) =>
									`<li>${escapeXml(e.day)}, ${escapeXml(e.kind.toLowerCase())}: <a href="${escapeXml(abs(e.link))}">${escapeXml(e.title)}</a></li>`,
							)
							.join('')}</ul>`,
				)
				.join('');
			const latest = entries
				.map((e) => e.day)
				.sort()
				.at(-1)!;
			const hash = createHash('sha256')
				.update(entries.map((e) => `${e.day} ${e.link} ${e.title}`).join('\n'))
				.digest('hex')
				.slice(0, 12);
			return {
				title: `${w.heading}: ${summary.replace(/\.$/, '')}`,
				link: abs(`${CHANGES_FEED.page}#week-${w.start}`),
				pubDate: new Date(dayToUtcMs(latest)),
				description: `${w.heading}: ${summary}`,
				content: html,
				customData: `<guid isPermaLink="false">eo14409-tracker:changes:${w.start}:${hash}</guid>`,
			};
		}),
	};
}
