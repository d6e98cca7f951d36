import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site';
import { calendarResponse, getCalendars } from '../lib/subscriptions/site-updates';

/** The order's dated deadlines as an iCalendar file, one all-day event each. */
export const GET: APIRoute = async ({ site }) => {
	const [all] = await getCalendars((path) => absoluteUrl(site, import.meta.env.BASE_URL, path));
	return calendarResponse(all!);
};
