import type { GetStaticPaths } from 'astro';
import type { IndexManifest } from '../../lib/search/index-files';
import { siteIndex } from '../../lib/search/site-index';
import { route } from '../../lib/href';

/** Manifests of the shards of older news (`route.searchShard`); none below the cap. */
export const getStaticPaths = (async () =>
	[...(await siteIndex()).shards].map(([path, manifest]) => ({
		params: { shard: path.slice(route.searchIndexDir.length, -'.json'.length) },
		props: { manifest },
	}))) satisfies GetStaticPaths;

export function GET({ props }: { props: { manifest: IndexManifest } }) {
	return new Response(JSON.stringify(props.manifest), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
