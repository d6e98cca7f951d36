/** The site's updates as of the build date, loaded once per build for every feed endpoint. */
import { BUILD_DATE } from '../build-info.ts';
import { getSite } from '../content/load.ts';
import { milestoneViews } from '../milestone-view.ts';
import { ORDER } from '../order-document.ts';
import type { FileCounts } from './catalogue.ts';
import { siteUpdates, type Update } from './updates.ts';

let cached: Promise<Update[]> | undefined;

/** Every update, newest first. Memoized for the build. */
export function getUpdates(): Promise<Update[]> {
	cached ??= getSite().then((site) => siteUpdates(site, ORDER.signed, BUILD_DATE));
	return cached;
}

/** What the deadlines calendar and the OPML list hold, for the subscribe page. */
export async function getFileCounts(): Promise<FileCounts> {
	const site = await getSite();
	return {
		deadlines: milestoneViews(site, BUILD_DATE).flatMap((m) =>
			m.status.due !== null && m.deadline.kind === 'days' ? [m.status.due] : [],
		),
		sources: site.feeds.filter((f) => /^https?:/.test(f.url)).length,
	};
}
