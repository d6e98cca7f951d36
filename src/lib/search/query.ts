/**
 * Running a query: the Fuse options (explicit, shared by the build and the browser), the query
 * syntax (words are matched with typo tolerance; "quoted phrases" must appear as written), the
 * type filter with counts, and the sort. Pure: the caller passes the Fuse instance.
 */
import type Fuse from 'fuse.js';
import type { FuseResult, IFuseOptions } from 'fuse.js';
import { topMatches, type Prefilter } from './prefilter.ts';
import { RECORD_TYPES, type RecordType, type SearchRecord } from './records.ts';

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
	source: 1,
	news: 1,
};

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

/**
 * Runs `q` on `fuse`. Phrases must occur, as written (ignoring case), in the title, text or
 * keywords; a query of phrases only is first searched by its words. `type` limits the hits but not
 * the counts; `sort` is relevance or newest first (undated last).
 */
export function runSearch(
	fuse: Fuse<SearchRecord>,
	q: string,
	options: { type?: RecordType | null; sort?: 'relevance' | 'date'; limit?: number } = {},
): SearchOutcome {
	const { words, phrases } = parseQuery(q);
	const terms = [...words, ...phrases.flatMap((p) => p.split(' '))].join(' ').trim();
	const counts = Object.fromEntries(RECORD_TYPES.map((t) => [t, 0])) as Record<RecordType, number>;
	if (!terms) return { hits: [], counts, total: 0 };
	let hits: Hit[] = fuse
		.search(terms)
		// The offset keeps the boost effective for near-perfect matches, whose scores are close to 0.
		.map((r) => ({ ...r, score: ((r.score ?? 0) + 0.1) * TYPE_BOOST[r.item.type] }))
		.sort((a, b) => a.score - b.score)
		.filter((r) =>
			phrases.every((p) =>
				`${r.item.title}\n${r.item.text}\n${r.item.keywords}`
					.toLowerCase()
					.includes(p.toLowerCase()),
			),
		)
		.map((r) => ({
			record: r.item,
			score: r.score ?? 0,
			title: phrases.length
				? phrases.flatMap((p) => phraseRanges(r.item.title, p))
				: ranges(r, 'title'),
			text: phrases.length
				? phrases.flatMap((p) => phraseRanges(r.item.text, p))
				: ranges(r, 'text'),
		}));
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

/** Above this many records a query goes through the prefilter first (see prefilter.ts). */
export const PREFILTER_ABOVE = 2000;
/** How many prefiltered records Fuse ranks. */
export const PREFILTER_LIMIT = 50;

/**
 * `runSearch` for large indexes: the prefilter finds every record containing every word (those
 * give the total and the counts per type), and a Fuse built on the best PREFILTER_LIMIT of them
 * (of the chosen type, if any) ranks and highlights what is shown. With a phrase, counts are
 * over the ranked records only, since the prefilter does not check phrases.
 */
export function searchPrefiltered(
	FuseClass: typeof Fuse,
	records: readonly SearchRecord[],
	prefilter: Prefilter,
	q: string,
	options: Parameters<typeof runSearch>[2] = {},
): SearchOutcome {
	const { words, phrases } = parseQuery(q);
	const scores = prefilter.match([...words, ...phrases.flatMap((p) => p.split(' '))]);
	const type = options.type;
	const keep = type ? (i: number) => records[i]!.type === type : undefined;
	const ids = topMatches(scores, PREFILTER_LIMIT, keep);
	const outcome = runSearch(
		new FuseClass(
			ids.map((i) => records[i]!),
			FUSE_OPTIONS,
		),
		q,
		options,
	);
	if (phrases.length > 0) return outcome;
	const counts = Object.fromEntries(RECORD_TYPES.map((t) => [t, 0])) as Record<RecordType, number>;
	for (const index of scores.keys()) counts[records[index]!.type]++;
	return { ...outcome, counts, total: scores.size };
}
