import { BUILD_DATE } from '../../lib/build-info';
import type { GetStaticPaths } from 'astro';
import { getSite } from '../../lib/content/load';
import type { SearchRecord } from '../../lib/search/record-types';
import { searchRecords } from '../../lib/search/records';
import { planShards } from '../../lib/search/shards';

/** Shards of older news for the search index (search-index/news-N.json, see `route.searchShard`); none below the cap. */
export const getStaticPaths = (async () => {
	const plan = planShards(searchRecords(await getSite(), BUILD_DATE));
	return plan.shards.map((records, i) => ({
		params: { shard: `news-${i + 1}` },
		props: { records },
	}));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { records: SearchRecord[] } }) {
	return new Response(JSON.stringify({ records: props.records }), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
