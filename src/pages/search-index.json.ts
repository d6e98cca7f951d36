import Fuse from 'fuse.js';
import { getSite } from '../lib/content/load';
import { SEARCH_KEYS } from '../lib/search/query';
import { searchRecords } from '../lib/search/records';

/** The search index: the records and a pre-built Fuse index, loaded by /search/ on first use. */
export async function GET() {
	const records = searchRecords(await getSite());
	const index = Fuse.createIndex(
		SEARCH_KEYS.map((k) => ({ ...k })),
		records,
	);
	return new Response(JSON.stringify({ records, index: index.toJSON() }), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
