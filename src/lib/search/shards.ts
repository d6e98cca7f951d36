/**
 * Splitting the search index so that it stays small however much news is gathered: the main
 * index holds every record of the order, requirements, agencies, sources, claims and events, and
 * the newest news items; older news goes into shard files that /search/ loads only when asked.
 * Pure.
 */
import type { SearchRecord } from './record-types.ts';
import { route } from '../href.ts';

/** News items kept in the main index. */
export const CORE_NEWS = 1000;
/** News items per shard file. */
export const SHARD_SIZE = 5000;

/** A shard file as the main index lists it. */
export interface ShardRef {
	/** Site-relative path of the shard's index manifest (index-files.ts). */
	path: string;
	records: number;
}

export interface ShardPlan {
	core: SearchRecord[];
	shards: SearchRecord[][];
}

/**
 * Splits `records` (news in the order given, newest first) into the main index and the shards of
 * older news, in order; no record is lost or repeated.
 */
export function planShards(
	records: readonly SearchRecord[],
	coreNews = CORE_NEWS,
	shardSize = SHARD_SIZE,
): ShardPlan {
	if (coreNews < 0 || shardSize < 1) throw new RangeError('Invalid shard sizes');
	const news = records.filter((r) => r.type === 'news');
	const core = [...records.filter((r) => r.type !== 'news'), ...news.slice(0, coreNews)];
	const older = news.slice(coreNews);
	const shards: SearchRecord[][] = [];
	for (let i = 0; i < older.length; i += shardSize) shards.push(older.slice(i, i + shardSize));
	return { core, shards };
}

/** Path of the manifest of shard `n` (1-based); its files are in the folder of the same name. */
export function shardPath(n: number): string {
	return route.searchShard(n);
}

/** The list of shard files for the main index. */
export function shardRefs(plan: ShardPlan): ShardRef[] {
	return plan.shards.map((records, i) => ({ path: shardPath(i + 1), records: records.length }));
}
