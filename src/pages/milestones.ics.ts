import type { APIRoute } from 'astro';
import { calendarResponse, getCalendars } from '../lib/subscriptions/site-updates';
import { absoluteUrl } from '../lib/href';

/** The order's dated deadlines as an iCalendar file, one all-day event each. */
export const GET: APIRoute = async ({ site }) => {
	const [all] = await getCalendars((path) => absoluteUrl(site, path));
	return calendarResponse(all!);
};
