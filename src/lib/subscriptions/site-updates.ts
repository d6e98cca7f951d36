/** The site's updates as of the build date, loaded once per build for every feed endpoint. */
import { BUILD_DATE } from '../build-info.ts';
import { getSite } from '../content/load.ts';
import { milestoneViews } from '../milestone-view.ts';
import { ORDER } from '../order-document.ts';
import type { UrlFor } from '../export/milestone-records.ts';
import { toIcs } from '../export/ics.ts';
import { calendars, type CalendarSpec } from './calendars.ts';
import { changeWeeks, type ChangeWeek } from './changes.ts';
import { weeklySummary } from './changes-feed.ts';
import type { FileCounts } from './catalogue.ts';
import { sourceUpdates } from './source-updates.ts';
import { firstPublished, siteUpdates, type Update } from './updates.ts';

let cached: Promise<Update[]> | undefined;

/** Every update, newest first. Memoized for the build. */
export function getUpdates(): Promise<Update[]> {
	cached ??= getSite().then((site) => siteUpdates(site, ORDER.signed, BUILD_DATE));
	return cached;
}

/** What the calendars and the OPML list hold, for the subscribe page (site paths). */
export async function getFileCounts(): Promise<FileCounts> {
	const site = await getSite();
	return {
		calendars: await getCalendars((path) => path),
		sources: site.feeds.filter((f) => /^https?:/.test(f.url)).length,
		changes: weeklySummary(await getChangeWeeks()),
	};
}

/** Every deadline calendar as of the build date, with absolute links from `urlFor`. */
export async function getCalendars(urlFor: UrlFor): Promise<CalendarSpec[]> {
	const site = await getSite();
	const names = new Map([...site.agencies].map(([id, a]) => [id, a.name]));
	return calendars(milestoneViews(site, BUILD_DATE), names, ORDER.signed, BUILD_DATE, urlFor);
}

/** A calendar as an iCalendar response. */
export function calendarResponse(spec: CalendarSpec): Response {
	const body = toIcs(
		{ name: spec.name, prodId: '-//EO 14409 Tracker//Milestones//EN', stamp: BUILD_DATE },
		spec.events,
	);
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/** Every change week by week, new and corrected sources among them, for /changes/ and its feed. */
export async function getChangeWeeks(): Promise<ChangeWeek[]> {
	const site = await getSite();
	const sources = sourceUpdates(site, firstPublished(site.changelog), BUILD_DATE);
	return changeWeeks([...(await getUpdates()), ...sources], site.milestones);
}
