import type { APIRoute } from 'astro';
import { BUILD_DATE } from '../lib/build-info';
import { getSite } from '../lib/content/load';
import { toIcs } from '../lib/export/ics';
import { deadlineEvents } from '../lib/export/milestone-records';
import { milestoneViews } from '../lib/milestone-view';
import { ORDER } from '../lib/order-document';
import { absoluteUrl } from '../lib/site';

/** The order's dated deadlines as an iCalendar file, one all-day event each. */
export const GET: APIRoute = async ({ site }) => {
	const data = await getSite();
	const urlFor = (path: string) => absoluteUrl(site, import.meta.env.BASE_URL, path);
	const events = deadlineEvents(milestoneViews(data, BUILD_DATE), urlFor);
	const body = toIcs(
		{
			name: `EO ${ORDER.number} deadlines`,
			prodId: '-//EO 14409 Tracker//Milestones//EN',
			stamp: BUILD_DATE,
		},
		events,
	);
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
