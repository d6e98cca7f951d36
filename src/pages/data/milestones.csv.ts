import type { APIRoute } from 'astro';
import { BUILD_DATE } from '../../lib/build-info';
import { getSite } from '../../lib/content/load';
import { toCsv } from '../../lib/export/csv';
import { MILESTONE_COLUMNS, milestoneRows } from '../../lib/export/milestone-records';
import { milestoneViews } from '../../lib/milestone-view';
import { absoluteUrl } from '../../lib/href';

/** One row per requirement, RFC 4180. */
export const GET: APIRoute = async ({ site }) => {
	const data = await getSite();
	const urlFor = (path: string) => absoluteUrl(site, path);
	const rows = milestoneRows(milestoneViews(data, BUILD_DATE), urlFor);
	return new Response(toCsv(MILESTONE_COLUMNS, rows), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
	});
};
