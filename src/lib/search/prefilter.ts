/**
 * A prefilter for large indexes: picks the few records worth handing to Fuse, so a query costs
 * about the same at 10,000 records as at 500. Each record's words go into a vocabulary; each
 * vocabulary word is indexed by its letter trigrams, so a query word with a typo still finds the
 * words that share most of its trigrams. Every query word must be found in a record (AND), and
 * records are ranked by how well and where (title first) their words matched.
 */
import type { SearchRecord } from './record-types.ts';

/** Folded for matching: lowercase, without diacritics. */
export function fold(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

function trigrams(word: string): string[] {
	const padded = `^${word}$`;
	const out: string[] = [];
	for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
	return out;
}

/** What `buildPrefilter` and `prefilterOver` return. */
export interface Prefilter {
	/** Every record matching every word: its index (into the records) and its score. */
	match(words: readonly string[]): Map<number, number>;
	/** Indexes of at most `limit` records matching every word, best first. */
	candidates(words: readonly string[], limit: number): number[];
	/** Ids (into the vocabulary) of the words whose postings `match(words)` reads. */
	needed(words: readonly string[]): number[];
}

/** Where a vocabulary word occurs: record indexes, ascending, anywhere and in the title. */
export interface Postings {
	anywhere: readonly number[];
	inTitle: readonly number[];
}

/** The words of some records, sorted, with the postings of each (same order). */
export interface Vocabulary {
	words: string[];
	postings: Postings[];
}

/** The query words `words` stand for: folded, split where the records split ("pre-release" is two words). */
function queryWords(words: readonly string[]): string[] {
	return words.flatMap((raw) => fold(raw).match(WORD) ?? []);
}

/** The best `limit` of `scores` (highest score first, then lowest index), among those `keep` accepts. */
export function topMatches(
	scores: ReadonlyMap<number, number>,
	limit: number,
	keep: (index: number) => boolean = () => true,
): number[] {
	const better = (a: [number, number], b: [number, number]) => b[1] - a[1] || a[0] - b[0];
	if (limit >= scores.size) {
		return [...scores]
			.filter(([index]) => keep(index))
			.sort(better)
			.map(([index]) => index);
	}
	// A few of many: kept sorted by insertion, so the cost grows with the scores, not their sort.
	const top: Array<[number, number]> = [];
	for (const entry of scores) {
		if (top.length === limit && better(entry, top[limit - 1]!) >= 0) continue;
		if (!keep(entry[0])) continue;
		let at = top.length;
		while (at > 0 && better(entry, top[at - 1]!) < 0) at--;
		top.splice(at, 0, entry);
		if (top.length > limit) top.pop();
	}
	return top.map(([index]) => index);
}

/** Edit distance with adjacent transpositions (Damerau–Levenshtein, optimal string alignment). */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) => [
		i,
		...Array<number>(b.length).fill(0),
	]);
	for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				d = Math.min(d, rows[i - 2]![j - 2]! + 1);
			}
			rows[i]![j] = d;
		}
	}
	return rows[a.length]![b.length]!;
}

/** Typos forgiven in a query word: none up to 3 letters, one up to 7, two beyond. */
const allowedEdits = (length: number) => (length <= 3 ? 0 : length <= 7 ? 1 : 2);

/** The vocabulary of `records`: each folded word with the records holding it. Cost grows with the text. */
export function vocabularyOf(records: readonly SearchRecord[]): Vocabulary {
	const byWord = new Map<string, { anywhere: number[]; inTitle: number[] }>();
	const add = (list: number[], index: number) => {
		if (list[list.length - 1] !== index) list.push(index);
	};
	records.forEach((record, index) => {
		const fields: Array<[string, boolean]> = [
			[record.title, true],
			[`${record.text} ${record.keywords}`, false],
		];
		for (const [text, title] of fields) {
			for (const word of fold(text).match(WORD) ?? []) {
				let postings = byWord.get(word);
				if (!postings) {
					postings = { anywhere: [], inTitle: [] };
					byWord.set(word, postings);
				}
				add(postings.anywhere, index);
				if (title) add(postings.inTitle, index);
			}
		}
	});
	const words = [...byWord.keys()].sort();
	return { words, postings: words.map((w) => byWord.get(w)!) };
}

/** Indexes `records` for `candidates`; queries then touch only postings. */
export function buildPrefilter(records: readonly SearchRecord[]): Prefilter {
	const { words, postings } = vocabularyOf(records);
	return prefilterOver(words, (id) => postings[id]!);
}

/**
 * A prefilter over a sorted vocabulary `vocabulary` whose postings `postings` gives by word id;
 * `match` reads the postings of `needed` words only, so they may be loaded on demand.
 */
export function prefilterOver(
	vocabulary: readonly string[],
	postings: (id: number) => Postings,
): Prefilter {
	const wordId = new Map(vocabulary.map((w, id) => [w, id]));
	const byTrigram = new Map<string, number[]>();
	vocabulary.forEach((word, id) => {
		for (const t of new Set(trigrams(word))) {
			const list = byTrigram.get(t);
			if (list) list.push(id);
			else byTrigram.set(t, [id]);
		}
	});

	/**
	 * Vocabulary words close to `query`, with a closeness in (0, 1]: the word itself, words it
	 * begins (so "clearing" finds "clearinghouse"), words within the allowed typos, and words
	 * whose beginning is within them ("benchmrk" finds "benchmarking").
	 */
	function similarWords(query: string): Map<number, number> {
		const out = new Map<number, number>();
		const exact = wordId.get(query);
		if (exact !== undefined) out.set(exact, 1);
		const edits = allowedEdits(query.length);
		// Any word within the allowed edits shares at least one trigram with the query.
		const seen = new Set<number>();
		for (const t of new Set(trigrams(query))) for (const id of byTrigram.get(t) ?? []) seen.add(id);
		if (query.length <= 2) vocabulary.forEach((_, id) => seen.add(id));
		for (const id of seen) {
			if (id === exact) continue;
			const word = vocabulary[id]!;
			if (word.startsWith(query)) out.set(id, 0.8);
			else if (
				edits > 0 &&
				Math.abs(word.length - query.length) <= edits &&
				editDistance(query, word) <= edits
			) {
				out.set(id, 0.6);
			} else if (
				edits > 0 &&
				word.length > query.length &&
				editDistance(query, word.slice(0, query.length)) <= edits
			) {
				// A misspelt beginning of a longer word: "benchmrk" for "benchmarking".
				out.set(id, 0.5);
			}
		}
		return out;
	}

	// The last query's similar words, since `needed` and then `match` ask for the same ones.
	const similar = new Map<string, Map<number, number>>();
	const similarCached = (query: string) => {
		let out = similar.get(query);
		if (!out) {
			if (similar.size > 64) similar.clear();
			out = similarWords(query);
			similar.set(query, out);
		}
		return out;
	};

	return {
		candidates(words, limit) {
			return topMatches(this.match(words), limit);
		},
		needed(words) {
			return [...new Set(queryWords(words).flatMap((q) => [...similarCached(q).keys()]))];
		},
		match(words) {
			let scores: Map<number, number> | null = null;
			for (const query of queryWords(words)) {
				const found = new Map<number, number>();
				for (const [id, closeness] of similarCached(query)) {
					const { anywhere, inTitle } = postings(id);
					for (const record of anywhere)
						found.set(record, Math.max(found.get(record) ?? 0, closeness));
					for (const record of inTitle)
						found.set(record, Math.max(found.get(record) ?? 0, 2 * closeness));
				}
				if (scores === null) scores = found;
				else {
					const next = new Map<number, number>();
					for (const [record, score] of scores) {
						const more = found.get(record);
						if (more !== undefined) next.set(record, score + more);
					}
					scores = next;
				}
				if (scores.size === 0) break;
			}
			return scores ?? new Map();
		},
	};
}
