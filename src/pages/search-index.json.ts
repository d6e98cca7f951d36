import { siteIndex } from '../lib/search/site-index';

/**
 * The main search manifest, loaded by /search/ on first use: the vocabulary, the records' kinds,
 * names and citations, and the shards of older news. Postings and records are in the files under
 * /search-index/, fetched as queries need them.
 */
export async function GET() {
	return new Response(JSON.stringify((await siteIndex()).main), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
