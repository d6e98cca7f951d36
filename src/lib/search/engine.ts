/**
 * The search /search/ runs, at every size: an inverted index of the records' words (the
 * prefilter) picks the candidates and Fuse ranks them. The page loads this module with Fuse on
 * first use, so none of it weighs on the page before then.
 */
import type Fuse from 'fuse.js';
import { buildPrefilter } from './prefilter.ts';
import { searchPrefiltered, type SearchOptions, type SearchOutcome } from './query.ts';
import type { SearchRecord } from './record-types.ts';

/** A search function over a fixed set of records. */
export type Engine = (q: string, options: SearchOptions) => SearchOutcome;

/** The engine over `records`; the index is built once, here. */
export function createEngine(FuseClass: typeof Fuse, records: readonly SearchRecord[]): Engine {
	const prefilter = buildPrefilter(records);
	return (q, options) => searchPrefiltered(FuseClass, records, prefilter, q, options);
}
