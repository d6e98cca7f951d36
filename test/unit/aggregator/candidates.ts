import type { Candidate } from '../../../src/lib/aggregator/store/dedupe.ts';
import type { Match } from '../../../src/lib/schemas/news.ts';

const DAY = 24 * 60 * 60 * 1000;

/** An instant `days` (fractional allowed) after 2026-07-14T00:00Z, as an ISO string. */
export function at(days: number): string {
	return new Date(Date.UTC(2026, 6, 14) + days * DAY).toISOString();
}

/** A match of `rule`, tagged with the clearinghouse topic unless told otherwise. */
export function match(
	rule: string,
	field: Match['field'] = 'title',
	topic: Match['topic'] = 'clearinghouse',
): Match {
	return { rule, topic, phrase: 'GOLD EAGLE', field };
}

/** A synthetic candidate; unspecified fields take plain defaults. */
export function candidate(
	fields: Partial<Candidate> & Pick<Candidate, 'feed' | 'url' | 'title'>,
): Candidate {
	return {
		guid: null,
		summary: null,
		published: at(0),
		dateSource: 'feed',
		flags: [],
		publisher: `Publisher of ${fields.feed}`,
		kind: 'press',
		matches: [match('gold-eagle')],
		...fields,
	};
}

/** Deterministic pseudo-random numbers in [0, 1) (a linear congruential generator). */
export function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

/** A copy of `items` in a pseudo-random order fixed by `seed`. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
	const next = random(seed);
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
	}
	return copy;
}
