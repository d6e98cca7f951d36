/**
 * Seeded synthetic timeline items for tests and benchmarks (never content): the same seed always
 * gives the same items, spread over `days` days from `start` across every lane.
 */
import { addDays, type IsoDay } from '../../../src/lib/dates.ts';
import { LANES, type TimelineItem } from '../../../src/lib/timeline/model.ts';

/** A linear congruential generator returning numbers in [0, 1). */
function lcg(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

/** `count` synthetic items between `start` and `start + days`. */
export function syntheticItems(
	count: number,
	seed = 7,
	start: IsoDay = '2026-05-01',
	days = 120,
): TimelineItem[] {
	const random = lcg(seed);
	return Array.from({ length: count }, (_, i) => ({
		id: `synthetic-${i}`,
		start: addDays(start, Math.floor(random() * days)),
		end: null,
		precision: 'day' as const,
		lane: LANES[Math.floor(random() * LANES.length)]!.id,
		title: `Synthetic event number ${i} with a longer title`.slice(
			0,
			12 + Math.floor(random() * 40),
		),
		confidence: 'secondary' as const,
	}));
}
