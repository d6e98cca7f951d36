import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse, getCalendars } from '../../../lib/subscriptions/site-updates';
import { absoluteUrl } from '../../../lib/href';

/** One calendar per requirement with a deadline. */
export const getStaticPaths = (async () => {
	// Paths only: links are made absolute in GET, where the site origin is known.
	const specs = await getCalendars((path) => path);
	return specs.flatMap((s) =>
		s.subject?.kind === 'requirement' ? [{ params: { id: s.subject.id } }] : [],
	);
}) satisfies GetStaticPaths;

/** The deadline of one requirement, as an iCalendar file. */
export const GET: APIRoute = async ({ params, site }) => {
	const specs = await getCalendars((path) => absoluteUrl(site, path));
	const spec = specs.find((s) => s.subject?.kind === 'requirement' && s.subject.id === params.id);
	return calendarResponse(spec!);
};
