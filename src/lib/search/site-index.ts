/**
 * The site's search index as files, computed once per build: the main part (everything but older
 * news) and one part per shard of older news (shards.ts), each split by index-files.ts.
 */
import { BUILD_DATE } from '../build-info.ts';
import { getSite } from '../content/load.ts';
import { indexFiles, type IndexManifest } from './index-files.ts';
import { searchRecords } from './records.ts';
import { planShards, shardPath, shardRefs, type ShardRef } from './shards.ts';
import { route } from '../href.ts';

type Files = ReturnType<typeof indexFiles>;

/** The main manifest (with the shards of older news it lists), the shards' manifests and every file. */
export interface SiteIndex {
	main: IndexManifest & { shards: ShardRef[] };
	/** Each shard's manifest by its path (shards.ts `shardPath`). */
	shards: Map<string, IndexManifest>;
	/** Every term and fragment file by its path. */
	files: Files['files'];
}

let cached: Promise<SiteIndex> | null = null;

/** The site's index files (built on the first call, shared by the endpoints that serve them). */
export function siteIndex(): Promise<SiteIndex> {
	cached ??= (async () => {
		const plan = planShards(searchRecords(await getSite(), BUILD_DATE));
		const core = indexFiles(plan.core, route.searchIndexPart('core'));
		const files = new Map(core.files);
		const shards = new Map<string, IndexManifest>();
		plan.shards.forEach((records, i) => {
			const path = shardPath(i + 1);
			const part = indexFiles(records, path.replace(/\.json$/, '/'));
			shards.set(path, part.manifest);
			for (const [file, body] of part.files) files.set(file, body);
		});
		return { main: { ...core.manifest, shards: shardRefs(plan) }, shards, files };
	})();
	return cached;
}
