/**
 * The search /search/ runs, at every size, over the index split into files (index-files.ts): a
 * query loads the term files of its words (and of the words within its typos), the prefilter picks
 * the candidates from their postings, the fragment files of those candidates are loaded, and Fuse
 * ranks them. Every file is fetched once and kept. The page loads this module with Fuse on first
 * use, so none of it weighs on the page before then.
 */
import type Fuse from 'fuse.js';
import {
	bulkPath,
	citedIn,
	decodeTerms,
	fragmentPath,
	termPath,
	type FragmentFile,
	type IndexManifest,
	type TermFile,
} from './index-files.ts';
import { prefilterOver, type Postings, type Prefilter } from './prefilter.ts';
import {
	prefilterQuery,
	recordsNeeded,
	searchStore,
	type RecordStore,
	type SearchOptions,
	type SearchOutcome,
} from './query.ts';
import { RECORD_TYPES, type RecordType, type SearchRecord } from './record-types.ts';

/** Fetches and parses a site-relative JSON file; rejects when it cannot. */
export type FetchJson = (path: string) => Promise<unknown>;

/** A search over the parts of a split index loaded so far. */
export interface Engine {
	/** Runs `q`, loading first the files it reads. */
	search(q: string, options: SearchOptions): Promise<SearchOutcome>;
	/** Adds a part (a shard of older news) after those already searched. */
	addPart(manifest: IndexManifest): void;
	/** How many records of `type` the loaded parts hold. */
	count(type: RecordType): number;
}

/** One part of the index with what has been loaded of it. */
interface Part {
	manifest: IndexManifest;
	/** Index of the part's first record among all records. */
	offset: number;
	prefilter: Prefilter;
	postings: Array<Postings | undefined>;
	records: Array<SearchRecord | undefined>;
	/** Term and fragment files fetched or being fetched, by path. */
	loading: Map<string, Promise<void>>;
}

/** Above this many records to load from one part, the bulk files are fetched instead of one file per record. */
const BULK_AFTER = 60;

/** The term file holding word `id`: the last one starting at or before it. */
function termFileOf(terms: readonly number[], id: number): number {
	let lo = 0;
	let hi = terms.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (terms[mid]! <= id) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** The engine over the part `main` describes, fetching its files with `fetchJson`. */
export function createEngine(
	FuseClass: typeof Fuse,
	fetchJson: FetchJson,
	main: IndexManifest,
): Engine {
	const parts: Part[] = [];
	let size = 0;

	const addPart = (manifest: IndexManifest) => {
		const part: Part = {
			manifest,
			offset: size,
			prefilter: prefilterOver(manifest.words, (id) => {
				const postings = part.postings[id];
				if (!postings) throw new Error(`Search index: postings of word ${id} not loaded`);
				return postings;
			}),
			postings: [],
			records: [],
			loading: new Map(),
		};
		parts.push(part);
		size += manifest.size;
	};
	addPart(main);

	/** Fetches `path` of `part` once; a failed fetch may be tried again. */
	const load = (part: Part, path: string, store: (data: unknown) => void) => {
		let promise = part.loading.get(path);
		if (!promise) {
			promise = fetchJson(path).then(store, (error: unknown) => {
				part.loading.delete(path);
				throw error;
			});
			part.loading.set(path, promise);
		}
		return promise;
	};

	const loadTerms = (part: Part, ids: readonly number[]) => {
		const { terms, dir } = part.manifest;
		const files = new Set(ids.map((id) => termFileOf(terms, id)));
		return Promise.all(
			[...files].map((n) =>
				load(part, termPath(dir, n), (data) => {
					decodeTerms(data as TermFile).forEach((p, i) => (part.postings[terms[n]! + i] = p));
				}),
			),
		);
	};

	const partOf = (index: number) => {
		for (let i = parts.length - 1; i >= 0; i--) if (index >= parts[i]!.offset) return parts[i]!;
		throw new RangeError(`Search index: no record ${index}`);
	};

	/** Loads the records at `indexes` not loaded yet: one file each, or bulk files when there are many in a part. */
	const loadRecords = (indexes: readonly number[]) => {
		const missing = new Map<Part, number[]>();
		for (const index of indexes) {
			const part = partOf(index);
			const local = index - part.offset;
			if (part.records[local]) continue;
			const list = missing.get(part);
			if (list) list.push(local);
			else missing.set(part, [local]);
		}
		const wanted = new Map<string, [Part, number, number]>();
		for (const [part, locals] of missing) {
			const { dir, per, bulk } = part.manifest;
			const many = locals.length > BULK_AFTER;
			for (const local of locals) {
				const n = Math.floor(local / (many ? bulk : per));
				wanted.set(many ? bulkPath(dir, n) : fragmentPath(dir, n), [part, n, many ? bulk : per]);
			}
		}
		return Promise.all(
			[...wanted].map(([path, [part, n, per]]) =>
				load(part, path, (data) => {
					(data as FragmentFile).records.forEach((r, i) => (part.records[n * per + i] = r));
				}),
			),
		);
	};

	const union = (pick: (part: Part) => readonly number[]) =>
		parts.flatMap((part) => pick(part).map((i) => part.offset + i));

	const store: RecordStore = {
		get size() {
			return size;
		},
		type(index) {
			const part = partOf(index);
			return RECORD_TYPES[Number(part.manifest.types[index - part.offset])]!;
		},
		record(index) {
			const part = partOf(index);
			const record = part.records[index - part.offset];
			if (!record) throw new Error(`Search index: record ${index} not loaded`);
			return record;
		},
		named: (key) => union((part) => part.manifest.names[key] ?? []),
		cited: (key) => union((part) => citedIn(part.manifest, key)),
	};

	const prefilter: Pick<Prefilter, 'match'> = {
		match(words) {
			const out = new Map<number, number>();
			for (const part of parts) {
				for (const [i, score] of part.prefilter.match(words)) out.set(part.offset + i, score);
			}
			return out;
		},
	};

	return {
		async search(q, options) {
			const words = prefilterQuery(q);
			if (words.length > 0) {
				await Promise.all(parts.map((part) => loadTerms(part, part.prefilter.needed(words))));
			}
			await loadRecords(recordsNeeded(store, prefilter, q, options));
			return searchStore(FuseClass, store, prefilter, q, options);
		},
		addPart,
		count(type) {
			const digit = String(RECORD_TYPES.indexOf(type));
			let n = 0;
			for (const part of parts) for (const d of part.manifest.types) if (d === digit) n++;
			return n;
		},
	};
}
