/**
 * The search index split into files, built at build time, so that /search/ downloads only what
 * a query reads (as Pagefind does): a manifest (the sorted vocabulary, each record's kind, and the
 * records by name and by citation), term files holding the postings of a range of the vocabulary,
 * and fragment files holding the records themselves, each fetched when a query needs it. Pure.
 */
import { citeAncestors, citeKey, ORDER_CITE } from './citation.ts';
import { vocabularyOf, type Postings } from './prefilter.ts';
import { haystack, nameKey } from './query.ts';
import { RECORD_TYPES, type SearchRecord } from './record-types.ts';

/** One part of the split index (the main records, or a shard of older news), as its manifest says. */
export interface IndexManifest {
	/** How many records the part holds. */
	size: number;
	/** Each record's kind, as its position in RECORD_TYPES, one digit per record. */
	types: string;
	/** The part's vocabulary (folded words), sorted. */
	words: string[];
	/** The first word id of each term file, ascending: file k holds words terms[k] to terms[k+1]-1. */
	terms: number[];
	/** Records per fragment file: record i is in fragment file floor(i / per). */
	per: number;
	/** Records per bulk file, for a query needing many records (a phrase to check in each): record i is in bulk file floor(i / bulk). */
	bulk: number;
	/** Record indexes by name (a `nameKey`), for queries that are exactly a name. */
	names: Record<string, number[]>;
	/** Record indexes by a citation key the record answers (its `cites`). */
	cites: Record<string, number[]>;
	/** Record indexes by a citation key written in the record's text ("§3", "2(c)(i)", "14409"). */
	mentions: Record<string, number[]>;
	/** Site-relative folder of the part's term and fragment files, ending in a slash. */
	dir: string;
}

/** A term file: per word of its range, its postings as gaps (first index, then differences). */
export interface TermFile {
	/** [anywhere, inTitle] per word, each gap-encoded. */
	postings: Array<[number[], number[]]>;
}

/** A fragment file: consecutive records of a part. */
export interface FragmentFile {
	/** Records `per * n` onwards, in order. */
	records: SearchRecord[];
}

/** Raw bytes of postings a term file holds before a new one starts (a word is never split). */
const TERM_FILE_BYTES = 8192;
/** Records per fragment file: one, since a query's best candidates are scattered over the records. */
const FRAGMENT_RECORDS = 1;
/** Records per bulk file: the same records in larger files, for a query that reads many of them. */
const BULK_RECORDS = 250;

/** Path of term file `n` of a part. */
export const termPath = (dir: string, n: number) => `${dir}t${n}.json`;
/** Path of fragment file `n` of a part. */
export const fragmentPath = (dir: string, n: number) => `${dir}r${n}.json`;
/** Path of bulk file `n` of a part. */
export const bulkPath = (dir: string, n: number) => `${dir}b${n}.json`;

/** Ascending indexes as gaps. */
export function toGaps(list: readonly number[]): number[] {
	return list.map((v, i) => (i === 0 ? v : v - list[i - 1]!));
}

/** Gaps back to ascending indexes. */
export function fromGaps(gaps: readonly number[]): number[] {
	let at = 0;
	return gaps.map((g) => (at += g));
}

/** Postings of a term file's words, decoded. */
export function decodeTerms(file: TermFile): Postings[] {
	return file.postings.map(([anywhere, inTitle]) => ({
		anywhere: fromGaps(anywhere),
		inTitle: fromGaps(inTitle),
	}));
}

const push = (map: Record<string, number[]>, key: string, index: number) => {
	const list = (map[key] ??= []);
	if (list[list.length - 1] !== index) list.push(index);
};

const SUBSECTION = /(\d)\(([a-h])\)(?:\(([ivx]+)\))?/g;
const SECTION = /(?:§|section )(\d)/g;

/**
 * The citation keys whose written forms (citation.ts `citeForms`) occur in `text` (folded): a
 * subsection and its parent for "2(c)(i)", a section for "§3" or "section 3", the order for
 * "14409" or "91 FR 3456…".
 */
export function mentionedCites(text: string): string[] {
	const keys = new Set<string>();
	for (const [, section, letter, roman] of text.matchAll(SUBSECTION)) {
		keys.add(citeKey(section!, letter));
		if (roman) keys.add(citeKey(section!, letter, roman));
	}
	for (const [, section] of text.matchAll(SECTION)) keys.add(section!);
	if (text.includes('14409') || text.includes('91 fr 3456')) keys.add(ORDER_CITE);
	return [...keys];
}

/** Indexes of the records that may answer citation `key` in a part: those citing it or around it, and those mentioning it. */
export function citedIn(
	manifest: Pick<IndexManifest, 'cites' | 'mentions'>,
	key: string,
): number[] {
	const ancestors = citeAncestors(key);
	const out = new Set<number>(manifest.mentions[key] ?? []);
	for (const [cite, indexes] of Object.entries(manifest.cites)) {
		if (cite === key || cite.startsWith(`${key}(`) || ancestors.includes(cite)) {
			for (const i of indexes) out.add(i);
		}
	}
	return [...out].sort((a, b) => a - b);
}

/** The files of one part of the index: its manifest, and its term and fragment files by path. */
export function indexFiles(
	records: readonly SearchRecord[],
	dir: string,
	per = FRAGMENT_RECORDS,
	bulk = BULK_RECORDS,
): { manifest: IndexManifest; files: Map<string, TermFile | FragmentFile> } {
	const { words, postings } = vocabularyOf(records);
	const files = new Map<string, TermFile | FragmentFile>();
	const terms: number[] = [];
	let file: TermFile | null = null;
	let bytes = 0;
	postings.forEach((p, id) => {
		const entry: [number[], number[]] = [toGaps(p.anywhere), toGaps(p.inTitle)];
		const size = JSON.stringify(entry).length;
		if (!file || bytes + size > TERM_FILE_BYTES) {
			file = { postings: [] };
			files.set(termPath(dir, terms.length), file);
			terms.push(id);
			bytes = 0;
		}
		file.postings.push(entry);
		bytes += size;
	});
	for (let n = 0; n * per < records.length; n++) {
		files.set(fragmentPath(dir, n), { records: records.slice(n * per, (n + 1) * per) });
	}
	for (let n = 0; n * bulk < records.length; n++) {
		files.set(bulkPath(dir, n), { records: records.slice(n * bulk, (n + 1) * bulk) });
	}
	const names: Record<string, number[]> = {};
	const cites: Record<string, number[]> = {};
	const mentions: Record<string, number[]> = {};
	records.forEach((r, i) => {
		for (const name of r.names ?? []) {
			const key = nameKey(name);
			if (key) push(names, key, i);
		}
		for (const cite of r.cites ?? []) push(cites, cite, i);
		for (const key of mentionedCites(haystack(r))) push(mentions, key, i);
	});
	const types = records.map((r) => RECORD_TYPES.indexOf(r.type)).join('');
	return {
		manifest: { size: records.length, types, words, terms, per, bulk, names, cites, mentions, dir },
		files,
	};
}
