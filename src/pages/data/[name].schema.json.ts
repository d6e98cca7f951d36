import type { APIRoute, GetStaticPaths } from 'astro';
import { collection, collectionJsonSchema, COLLECTIONS } from '../../lib/export/collections';

/** The JSON Schema of each data collection's JSON file, generated from its zod schema. */
export const getStaticPaths = (() =>
	COLLECTIONS.map((c) => ({ params: { name: c.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	new Response(`${JSON.stringify(collectionJsonSchema(collection(params.name!)), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
