import { BUILD_DATE } from '../../lib/build-info';
import { dayToUtcMs } from '../../lib/dates';
import { getSite } from '../../lib/content/load';
import { SITE_NAME } from '../../lib/site';
import { opmlDocument } from '../../lib/subscriptions/opml';

/** The feeds the tracker reads, as OPML 2.0. */
export async function GET() {
	const site = await getSite();
	const body = opmlDocument(
		site.feeds,
		`${SITE_NAME}: the feeds it reads`,
		new Date(dayToUtcMs(BUILD_DATE)),
	);
	return new Response(body, { headers: { 'Content-Type': 'text/x-opml; charset=utf-8' } });
}
