import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../lib/content/load';
import { collection, COLLECTIONS } from '../../lib/export/collections';
import { toCsv } from '../../lib/export/csv';
import { absoluteUrl } from '../../lib/href';

/** Each data collection as CSV (RFC 4180), columns in the order of the data dictionary. */
export const getStaticPaths = (() =>
	COLLECTIONS.map((c) => ({ params: { name: c.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const c = collection(params.name!);
	const urlFor = (path: string) => absoluteUrl(site, path);
	const rows = c.rows(await getSite(), urlFor);
	return new Response(toCsv(Object.keys(c.schema.shape), rows), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
	});
};
