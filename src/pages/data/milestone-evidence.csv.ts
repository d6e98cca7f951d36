import type { APIRoute } from 'astro';
import { BUILD_DATE } from '../../lib/build-info';
import { getSite } from '../../lib/content/load';
import { toCsv } from '../../lib/export/csv';
import { EVIDENCE_COLUMNS, evidenceRows } from '../../lib/export/milestone-records';
import { milestoneViews } from '../../lib/milestone-view';

/** One row per evidence entry, RFC 4180. */
export const GET: APIRoute = async () => {
	const data = await getSite();
	const rows = evidenceRows(milestoneViews(data, BUILD_DATE), data.sources);
	return new Response(toCsv(EVIDENCE_COLUMNS, rows), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
	});
};
