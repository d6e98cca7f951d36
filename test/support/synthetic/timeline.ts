/**
 * Seeded synthetic timeline items for tests and benchmarks (never content): the same seed always
 * gives the same items, spread over `days` days from `start` across every lane.
 */
import { addDays, type IsoDay } from '../../../src/lib/dates.ts';
import { LANES, type TimelineItem } from '../../../src/lib/timeline/model.ts';
import { seededRandom } from './feeds.ts';

/** `count` synthetic items between `start` and `start + days`. */
export function syntheticItems(
	count: number,
	seed = 7,
	start: IsoDay = '2026-05-01',
	days = 120,
): TimelineItem[] {
	const random = seededRandom(seed);
	return Array.from({ length: count }, (_, i) => {
		// Drawn in this order (start, lane, title) so that a seed gives the items it always gave.
		const day = addDays(start, Math.floor(random() * days));
		const lane = LANES[Math.floor(random() * LANES.length)]!.id;
		const title = `Synthetic event number ${i} with a longer title`.slice(
			0,
			12 + Math.floor(random() * 40),
		);
		return {
			id: `synthetic-${i}`,
			start: day,
			end: null,
			precision: 'day' as const,
			lane,
			title,
			// Labels as long as the titles, so that wrapping and cutting stay exercised.
			label: title,
			confidence: 'secondary' as const,
		};
	});
}
