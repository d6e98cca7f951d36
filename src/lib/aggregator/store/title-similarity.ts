/**
 * Near-identical titles: the third way two feed items are found to be one story, after the same
 * GUID and the same URL. Titles are reduced to word bigrams and compared with the Sørensen–Dice
 * coefficient; an index proposes only the titles that could reach the threshold, so comparing n
 * titles costs about n lookups rather than n² comparisons.
 */
import { foldText } from '../normalize/fold-text.ts';

/**
 * Minimum Dice coefficient over distinct word bigrams for two titles to be the same story.
 * At 0.8 a title survives a publisher suffix, a changed article or punctuation, but not one
 * changed word in six (0.6) or a reordered clause: near-identical, not merely on one subject.
 */
export const TITLE_SIMILARITY = 0.8;

/** Titles with fewer significant words than this are too generic to identify a story. */
const MIN_TITLE_WORDS = 3;

// Words that carry no identity in a headline.
const STOP_WORDS = new Set(
	(
		'a an and are as at be been but by for from has have in into is it its of on or over ' +
		'than that the their this to via was were will with'
	).split(' '),
);

/** A title reduced for comparison. */
export interface TitleSignature {
	/** Distinct bigrams of the significant words, each written "word word". */
	bigrams: string[];
	/** The title's numbers, distinct, sorted and joined: CVE, bill and directive numbers differ. */
	numbers: string;
}

/** The significant words of `title`: folded, lower case, apostrophes dropped, stop words out. */
function titleWords(title: string): string[] {
	return foldText(title)
		.toLowerCase()
		.replace(/'/g, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word !== '' && !STOP_WORDS.has(word));
}

/** The signature of `title`; null when it has too few significant words to compare. */
export function titleSignature(title: string): TitleSignature | null {
	const words = titleWords(title);
	const bigrams = new Set<string>();
	for (let i = 1; i < words.length; i++) bigrams.add(`${words[i - 1]} ${words[i]}`);
	if (words.length < MIN_TITLE_WORDS || bigrams.size < MIN_TITLE_WORDS - 1) return null;
	const numbers = [...new Set(words.filter((word) => /^\p{N}+$/u.test(word)))].sort();
	return { bigrams: [...bigrams], numbers: numbers.join(' ') };
}

/** The Dice coefficient of two signatures' bigram sets, from 0 (nothing shared) to 1. */
export function titleSimilarity(a: TitleSignature, b: TitleSignature): number {
	const other = new Set(b.bigrams);
	const shared = a.bigrams.filter((bigram) => other.has(bigram)).length;
	return (2 * shared) / (a.bigrams.length + b.bigrams.length);
}

/** Whether two signatures name the same story: equal numbers, similarity ≥ `TITLE_SIMILARITY`. */
export function sameTitle(a: TitleSignature, b: TitleSignature): boolean {
	return a.numbers === b.numbers && titleSimilarity(a, b) >= TITLE_SIMILARITY;
}

/** Ids read from one bigram's posting list per lookup: the latest ones. */
const MAX_POSTINGS_READ = 64;

/** Proposes, for a signature, the indexed ids whose titles could be the same story. */
export interface TitleIndex {
	/** Indexes `signature` under `id`; ids must be added in ascending order. */
	add(id: number, signature: TitleSignature): void;
	/**
	 * Added ids that could satisfy `sameTitle` with `signature`, ascending: every such id among
	 * the latest `MAX_POSTINGS_READ` under each prefix bigram (maybe more ids than match).
	 */
	candidates(signature: TitleSignature): number[];
}

/**
 * Creates an empty index whose bigram order is taken from `corpus` (rarest first). Prefix
 * filtering: Dice ≥ t between bigram sets A and B implies |A ∩ B| ≥ ⌈t·|A| / (2 − t)⌉, so under
 * any fixed order of bigrams the first |A| − that + 1 bigrams of A and of B share at least one.
 * Indexing and looking up only those prefixes, rarest bigrams first, finds every similar pair
 * while common bigrams ("white house") are rarely looked at.
 */
export function createTitleIndex(corpus: readonly TitleSignature[]): TitleIndex {
	const frequency = new Map<string, number>();
	for (const signature of corpus) {
		for (const bigram of signature.bigrams) frequency.set(bigram, (frequency.get(bigram) ?? 0) + 1);
	}
	const rarestFirst = (a: string, b: string): number =>
		(frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
	const prefix = (signature: TitleSignature): string[] => {
		const size = signature.bigrams.length;
		const overlap = Math.ceil((TITLE_SIMILARITY * size) / (2 - TITLE_SIMILARITY) - 1e-9);
		return [...signature.bigrams].sort(rarestFirst).slice(0, size - overlap + 1);
	};
	const postings = new Map<string, number[]>();
	return {
		add(id, signature) {
			for (const bigram of prefix(signature)) {
				const list = postings.get(bigram);
				if (list === undefined) postings.set(bigram, [id]);
				else list.push(id);
			}
		},
		candidates(signature) {
			const ids = new Set<number>();
			for (const bigram of prefix(signature)) {
				const list = postings.get(bigram) ?? [];
				// Only the latest ids of a posting list: ids rise with publication time, so these
				// are the stories nearest in time. Many near-identical titles (hostile or not)
				// then cost each lookup a fixed amount instead of the whole list.
				for (let i = Math.max(0, list.length - MAX_POSTINGS_READ); i < list.length; i++) {
					ids.add(list[i] as number);
				}
			}
			return [...ids].sort((a, b) => a - b);
		},
	};
}
