import type { APIRoute, GetStaticPaths } from 'astro';
import { BUILD_DATE } from '../../lib/build-info';
import { getSite } from '../../lib/content/load';
import { collection, collectionJson, COLLECTIONS } from '../../lib/export/collections';
import { absoluteUrl } from '../../lib/href';

/** Each data collection (sources, claims, stances, events, news) as JSON. */
export const getStaticPaths = (() =>
	COLLECTIONS.map((c) => ({ params: { name: c.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const urlFor = (path: string) => absoluteUrl(site, path);
	const body = collectionJson(collection(params.name!), await getSite(), BUILD_DATE, urlFor);
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
