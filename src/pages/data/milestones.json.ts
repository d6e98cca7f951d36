import type { APIRoute } from 'astro';
import { BUILD_DATE } from '../../lib/build-info';
import { getSite } from '../../lib/content/load';
import { milestonesJson } from '../../lib/export/milestone-records';
import { milestoneViews } from '../../lib/milestone-view';
import { absoluteUrl } from '../../lib/href';

/** Every requirement with its evidence and computed status, as JSON. */
export const GET: APIRoute = async ({ site }) => {
	const data = await getSite();
	const urlFor = (path: string) => absoluteUrl(site, path);
	const body = milestonesJson(milestoneViews(data, BUILD_DATE), data.sources, BUILD_DATE, urlFor);
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
