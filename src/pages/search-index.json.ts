import { BUILD_DATE } from '../lib/build-info';
import { getSite } from '../lib/content/load';
import { searchRecords } from '../lib/search/records';
import { planShards, shardRefs } from '../lib/search/shards';

/**
 * The main search index, loaded by /search/ on first use: its records (everything but older
 * news) and the shard files of older news, if any. No pre-built Fuse index: Fuse ranks only the
 * few candidates the prefilter picks, so building it for every record would be wasted bytes.
 */
export async function GET() {
	const plan = planShards(searchRecords(await getSite(), BUILD_DATE));
	return new Response(JSON.stringify({ records: plan.core, shards: shardRefs(plan) }), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
