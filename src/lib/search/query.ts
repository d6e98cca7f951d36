/**
 * Running a query: the Fuse options (explicit, shared by the build and the browser), the query
 * syntax (words are matched with typo tolerance; "quoted phrases" must appear as written), the
 * type filter with counts, and the sort. Pure: the caller passes the Fuse instance.
 */
import type Fuse from 'fuse.js';
import type { FuseResult, IFuseOptions } from 'fuse.js';
import { citeAncestors, citeForms, parseCitation } from './citation.ts';
import { fold, topMatches, type Prefilter } from './prefilter.ts';
import { RECORD_TYPES, type RecordType, type SearchRecord } from './record-types.ts';

/** Weighted keys: the title counts most, then the text, then keywords that are never shown. */
export const SEARCH_KEYS = [
	{ name: 'title', weight: 3 },
	{ name: 'text', weight: 1.5 },
	{ name: 'keywords', weight: 1 },
] as const;

/**
 * Fuse options. `threshold` 0.35 lets one typo in a short word through ("clearinghuose") without
 * matching unrelated words; `ignoreLocation` because a match late in a long text is as good as an
 * early one; token search matches each word separately, and every word must match.
 */
export const FUSE_OPTIONS: IFuseOptions<SearchRecord> = {
	keys: SEARCH_KEYS.map((k) => ({ ...k })),
	threshold: 0.35,
	ignoreLocation: true,
	ignoreDiacritics: true,
	includeMatches: true,
	includeScore: true,
	minMatchCharLength: 2,
	useTokenSearch: true,
	tokenMatch: 'all',
};

/**
 * Multipliers on Fuse's score (lower is better) by type: the order's text and its requirements
 * answer most questions, so they come before the many sources that mention the same words.
 */
const TYPE_BOOST: Readonly<Record<RecordType, number>> = {
	section: 0.4,
	milestone: 0.4,
	agency: 0.6,
	claim: 0.7,
	event: 0.75,
	source: 0.9,
	news: 1.2,
};

/** Within sources: primary before secondary before leads, all before news for the same match. */
const CONFIDENCE_BOOST = { primary: 0.8, secondary: 0.9, lead: 1 } as const;

const boost = (r: SearchRecord) =>
	TYPE_BOOST[r.type] * (r.type === 'source' && r.confidence ? CONFIDENCE_BOOST[r.confidence] : 1);

/** A query split into fuzzy words and exact phrases. */
export interface ParsedQuery {
	words: string[];
	phrases: string[];
}

/** Splits `q`: text in double quotes (straight or curly) is a phrase; the rest are words. */
export function parseQuery(q: string): ParsedQuery {
	const phrases: string[] = [];
	const rest = q.replace(/["“”]([^"“”]*)["“”]?/g, (_, phrase: string) => {
		const clean = phrase.trim().replace(/\s+/g, ' ');
		if (clean) phrases.push(clean);
		return ' ';
	});
	const words = rest.split(/\s+/).filter((w) => w.length > 0);
	return { words, phrases };
}

/** The type filter, the sort (relevance or newest first) and how many hits to list. */
export interface SearchOptions {
	type?: RecordType | null;
	sort?: 'relevance' | 'date';
	limit?: number;
	/** How many of the prefilter's best candidates Fuse ranks (PREFILTER_LIMIT when absent; all when only a few more). */
	ranked?: number;
}

/** One result, with the text ranges Fuse matched in its title and text (for highlighting). */
interface Hit {
	record: SearchRecord;
	score: number;
	title: Array<[number, number]>;
	text: Array<[number, number]>;
}

/** The results of one query: all hits (ranked or by date), then the counts per type. */
export interface SearchOutcome {
	hits: Hit[];
	counts: Record<RecordType, number>;
	total: number;
}

const ranges = (result: FuseResult<SearchRecord>, key: string) =>
	(result.matches ?? [])
		.filter((m) => m.key === key)
		.flatMap((m) => m.indices.map(([a, b]) => [a, b] as [number, number]));

/** Ranges where `phrase` occurs in `text`, ignoring case. */
function phraseRanges(text: string, phrase: string): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	const hay = text.toLowerCase();
	const needle = phrase.toLowerCase();
	for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) {
		out.push([i, i + needle.length - 1]);
	}
	return out;
}

const folded = new WeakMap<SearchRecord, string>();

/** The text of a record that phrases and citations are looked for in, folded (computed once). */
export function haystack(r: SearchRecord): string {
	let text = folded.get(r);
	if (text === undefined) {
		text = fold(`${r.title}\n${r.text}\n${r.keywords}`);
		folded.set(r, text);
	}
	return text;
}

/**
 * Records a citation key names, best first with their scores: the record the key names exactly,
 * then the requirements within it, then the section or subsection around it, then records whose
 * text cites it.
 */
function citationHits(records: readonly SearchRecord[], key: string): Hit[] {
	const ancestors = citeAncestors(key);
	const forms = citeForms(key).map(fold);
	const hits: Hit[] = [];
	for (const record of records) {
		let score: number | null = null;
		for (const cite of record.cites ?? []) {
			const up = ancestors.indexOf(cite);
			const s =
				cite === key ? 0 : cite.startsWith(`${key}(`) ? 0.02 : up > 0 ? 0.03 + 0.01 * up : null;
			if (s !== null && (score === null || s < score)) score = s;
		}
		if (score === null && forms.some((f) => haystack(record).includes(f))) score = 0.1;
		if (score === null) continue;
		hits.push({
			record,
			score: score + 0.001 * RECORD_TYPES.indexOf(record.type),
			title: forms.flatMap((f) => phraseRanges(record.title, f)),
			text: forms.flatMap((f) => phraseRanges(record.text, f)),
		});
	}
	return hits.sort((a, b) => a.score - b.score);
}

/** A name or query reduced to its words: folded, punctuation dropped, single spaces. */
export function nameKey(text: string): string {
	return (fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

const nameKeys = new WeakMap<SearchRecord, string[]>();

/** Whether the whole query `key` (a `nameKey`) is one of the record's names (keys computed once). */
function isNamed(record: SearchRecord, key: string): boolean {
	if (key === '' || !record.names) return false;
	let keys = nameKeys.get(record);
	if (keys === undefined) {
		keys = record.names.map(nameKey);
		nameKeys.set(record, keys);
	}
	return keys.includes(key);
}

/** Drops later hits identical to an earlier one as a reader sees it (same kind, title, text, publisher and date). */
function mergeIdentical(hits: Hit[]): Hit[] {
	const seen = new Set<string>();
	return hits.filter((h) => {
		const r = h.record;
		const key = [r.type, r.title, r.text, r.by ?? '', r.when ?? ''].join('\u0000');
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/**
 * Runs `q` on `fuse`, a Fuse instance over `records` (or over some of them, when a prefilter chose
 * the candidates). A query that is a citation ("§3(b)", "EO 14409") lists what it names first.
 * Phrases must occur, as written (ignoring case), in the title, text or keywords, and every record
 * of `records` holding them is found; a query of phrases only is first searched by its words.
 * Identical entries are merged. `type` limits the hits but not the counts; `sort` is relevance or
 * newest first (undated last).
 */
export function runSearch(
	fuse: Fuse<SearchRecord>,
	records: readonly SearchRecord[],
	q: string,
	options: SearchOptions = {},
): SearchOutcome {
	const { words, phrases } = parseQuery(q);
	const terms = [...words, ...phrases.flatMap((p) => p.split(' '))].join(' ').trim();
	const counts = Object.fromEntries(RECORD_TYPES.map((t) => [t, 0])) as Record<RecordType, number>;
	if (!terms) return { hits: [], counts, total: 0 };
	const cite = phrases.length === 0 ? parseCitation(q) : null;
	let hits: Hit[];
	if (cite !== null) hits = citationHits(records, cite);
	else {
		const needles = phrases.map(fold);
		const holds = (r: SearchRecord) => needles.every((p) => haystack(r).includes(p));
		hits = fuse
			.search(terms)
			// The offset keeps the boost effective for near-perfect matches, whose scores are close to 0.
			.map((r) => ({ ...r, score: ((r.score ?? 0) + 0.1) * boost(r.item) }))
			.filter((r) => holds(r.item))
			.map((r) => ({
				record: r.item,
				score: r.score,
				title: phrases.length
					? phrases.flatMap((p) => phraseRanges(r.item.title, p))
					: ranges(r, 'title'),
				text: phrases.length
					? phrases.flatMap((p) => phraseRanges(r.item.text, p))
					: ranges(r, 'text'),
			}));
		// A query that is exactly a name (an acronym, a program) puts what bears it first.
		const named = nameKey(terms);
		const found = new Set<SearchRecord>();
		for (const record of records) {
			if (!isNamed(record, named) || !holds(record)) continue;
			found.add(record);
			const score = 0.001 * RECORD_TYPES.indexOf(record.type) + 0.0001 * boost(record);
			hits.push({ record, score, title: [], text: [] });
		}
		if (found.size > 0) hits = hits.filter((h) => h.score < 0.01 || !found.has(h.record));
		if (phrases.length > 0) {
			// Fuzzy word matching can miss a record holding the phrase; the phrase itself cannot.
			const listed = new Set(hits.map((h) => h.record));
			for (const record of records) {
				if (listed.has(record) || !holds(record)) continue;
				hits.push({
					record,
					score: 0.6 * boost(record),
					title: phrases.flatMap((p) => phraseRanges(record.title, p)),
					text: phrases.flatMap((p) => phraseRanges(record.text, p)),
				});
			}
		}
		hits.sort((a, b) => a.score - b.score);
	}
	hits = mergeIdentical(hits);
	for (const h of hits) counts[h.record.type]++;
	const total = hits.length;
	if (options.type) hits = hits.filter((h) => h.record.type === options.type);
	if (options.sort === 'date') {
		hits = [...hits].sort(
			(a, b) => (b.record.date ?? '').localeCompare(a.record.date ?? '') || a.score - b.score,
		);
	}
	return { hits: options.limit ? hits.slice(0, options.limit) : hits, counts, total };
}

/**
 * How many prefiltered records Fuse ranks unless asked for more: enough for the first screen of
 * results, few enough that a query reads about twenty records and ranks them in a few ms.
 */
export const PREFILTER_LIMIT = 20;

/**
 * How many of `candidates` Fuse ranks when asked for `ranked`: all of them when they are at most
 * half as many again, so that a query with a few more hits than a screenful lists them all.
 */
const rankCount = (candidates: number, ranked = PREFILTER_LIMIT) =>
	candidates <= ranked * 1.5 ? candidates : ranked;

/**
 * The records a search reads, by index: all of them in memory, or those of a split index
 * (index-files.ts) loaded so far. `record(i)` must only be asked for what `recordsNeeded` listed.
 */
export interface RecordStore {
	/** How many records there are. */
	size: number;
	/** The kind of record `i`, known without loading it. */
	type(index: number): RecordType;
	/** Record `i`. */
	record(index: number): SearchRecord;
	/** Indexes of the records one of whose names is `key` (a `nameKey`). */
	named(key: string): number[];
	/** Indexes of the records that may answer citation `key` (a superset: citationHits decides). */
	cited(key: string): number[];
}

/** The store over records held in memory. */
function memoryStore(records: readonly SearchRecord[]): RecordStore {
	const all = records.map((_, i) => i);
	return {
		size: records.length,
		type: (i) => records[i]!.type,
		record: (i) => records[i]!,
		named: (key) => all.filter((i) => isNamed(records[i]!, key)),
		cited: () => all,
	};
}

/** The prefilter's words for a parsed query: the words and the words of each phrase. */
const prefilterWords = ({ words, phrases }: ParsedQuery) => [
	...words,
	...phrases.flatMap((p) => p.split(' ')),
];

/** The words whose postings a search for `q` reads: none for a citation, which is looked up by key. */
export function prefilterQuery(q: string): string[] {
	const parsed = parseQuery(q);
	if (parsed.phrases.length === 0 && parseCitation(q) !== null) return [];
	return prefilterWords(parsed);
}

/**
 * Indexes of the records `searchStore` will read for `q`, once the prefilter's postings are
 * loaded: what a citation names, or the named records and the best candidates (every candidate
 * when the query has a phrase, since each must be checked for it).
 */
export function recordsNeeded(
	store: RecordStore,
	prefilter: Pick<Prefilter, 'match'>,
	q: string,
	options: SearchOptions = {},
): number[] {
	const parsed = parseQuery(q);
	if (parsed.phrases.length === 0) {
		const cite = parseCitation(q);
		if (cite !== null) return store.cited(cite);
	}
	const scores = prefilter.match(prefilterWords(parsed));
	const named = store.named(nameKey([...parsed.words, ...parsed.phrases].join(' ')));
	if (parsed.phrases.length > 0) return [...named, ...scores.keys()];
	const type = options.type;
	const keep = type ? (i: number) => store.type(i) === type : undefined;
	return [...named, ...topMatches(scores, rankCount(scores.size, options.ranked), keep)];
}

/**
 * The search /search/ runs, at every size: the prefilter finds every record containing every word; records
 * lacking a quoted phrase are dropped from those (so a phrase is checked against every candidate);
 * what remains gives the total and the counts per type, and a Fuse built on the best
 * `ranked` of them (of the chosen type, if any) ranks and highlights what is shown.
 * Citations are looked up in every record the store says may answer them.
 */
export function searchStore(
	FuseClass: typeof Fuse,
	store: RecordStore,
	prefilter: Pick<Prefilter, 'match'>,
	q: string,
	options: SearchOptions = {},
): SearchOutcome {
	const parsed = parseQuery(q);
	const { words, phrases } = parsed;
	if (phrases.length === 0) {
		const cite = parseCitation(q);
		if (cite !== null) {
			const cited = store.cited(cite).map((i) => store.record(i));
			return runSearch(new FuseClass([], FUSE_OPTIONS), cited, q, options);
		}
	}
	const scores = prefilter.match(prefilterWords(parsed));
	if (phrases.length > 0) {
		const needles = phrases.map(fold);
		for (const index of [...scores.keys()]) {
			const hay = haystack(store.record(index));
			if (!needles.every((p) => hay.includes(p))) scores.delete(index);
		}
	}
	const type = options.type;
	const keep = type ? (i: number) => store.type(i) === type : undefined;
	const named = store
		.named(nameKey([...words, ...phrases].join(' ')))
		.filter((i) => !type || store.type(i) === type);
	const chosen = [...named, ...topMatches(scores, rankCount(scores.size, options.ranked), keep)]
		.filter((r, i, all) => all.indexOf(r) === i)
		.map((i) => store.record(i));
	const outcome = runSearch(new FuseClass(chosen, FUSE_OPTIONS), chosen, q, options);
	const limit = options.limit ?? Infinity;
	if (phrases.length > 0 && options.sort !== 'date' && outcome.hits.length < limit) {
		// Every record holding the phrase is listed: the ranked ones, then the rest by prefilter score.
		const shown = new Set(outcome.hits.map((h) => h.record));
		const needles = phrases.map(fold);
		for (const index of topMatches(scores, scores.size, keep)) {
			if (outcome.hits.length >= limit) break;
			const record = store.record(index);
			if (shown.has(record)) continue;
			outcome.hits.push({
				record,
				score: 1,
				title: needles.flatMap((p) => phraseRanges(record.title, p)),
				text: needles.flatMap((p) => phraseRanges(record.text, p)),
			});
		}
	}
	const counts = Object.fromEntries(RECORD_TYPES.map((t) => [t, 0])) as Record<RecordType, number>;
	for (const index of scores.keys()) counts[store.type(index)]++;
	return { ...outcome, counts, total: scores.size };
}

/** `searchStore` over records held in memory. */
export function searchPrefiltered(
	FuseClass: typeof Fuse,
	records: readonly SearchRecord[],
	prefilter: Prefilter,
	q: string,
	options: SearchOptions = {},
): SearchOutcome {
	return searchStore(FuseClass, memoryStore(records), prefilter, q, options);
}
