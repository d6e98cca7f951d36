import { BUILD_DATE } from '../lib/build-info';
import Fuse from 'fuse.js';
import { getSite } from '../lib/content/load';
import { SEARCH_KEYS } from '../lib/search/query';
import { searchRecords } from '../lib/search/records';
import { planShards, shardRefs } from '../lib/search/shards';

/**
 * The main search index, loaded by /search/ on first use: its records (everything but older
 * news), a pre-built Fuse index of them, and the shard files of older news, if any.
 */
export async function GET() {
	const plan = planShards(searchRecords(await getSite(), BUILD_DATE));
	const index = Fuse.createIndex(
		SEARCH_KEYS.map((k) => ({ ...k })),
		plan.core,
	);
	return new Response(
		JSON.stringify({ records: plan.core, index: index.toJSON(), shards: shardRefs(plan) }),
		{ headers: { 'Content-Type': 'application/json; charset=utf-8' } },
	);
}
