import { BUILD_DATE } from '../../lib/build-info';
import { getSite } from '../../lib/content/load';
import { SITE_NAME } from '../../lib/site';
import { opmlDocument } from '../../lib/subscriptions/opml';

/** The feeds the tracker reads, as OPML 2.0. */
export async function GET() {
	const site = await getSite();
	const body = opmlDocument(
		site.feeds,
		`${SITE_NAME}: the feeds it reads`,
		new Date(`${BUILD_DATE}T00:00:00Z`),
	);
	return new Response(body, { headers: { 'Content-Type': 'text/x-opml; charset=utf-8' } });
}
