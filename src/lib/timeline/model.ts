/**
 * What the timeline shows, as plain data: events from the `events` collection and the order's
 * deadlines from the milestones (never re-typed), each placed in a lane.
 */
import { daysAfter, type DatePrecision, type IsoDay } from '../dates.ts';
import type { Lane } from '../schemas/event.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { Milestone } from '../site-data.ts';

/** Lanes from top to bottom, with their labels. */
export const LANES: ReadonlyArray<{ id: Lane; label: string; short: string }> = [
	{ id: 'white-house', label: 'White House and the order', short: 'White House' },
	{ id: 'agencies', label: 'Agencies and implementation', short: 'Agencies' },
	{ id: 'industry', label: 'Industry and models', short: 'Industry' },
	{ id: 'congress', label: 'Congress', short: 'Congress' },
	{ id: 'context', label: 'Courts and other context', short: 'Context' },
	{ id: 'coverage', label: 'Coverage', short: 'Coverage' },
];

/** One thing placed on the timeline. */
export interface TimelineItem {
	id: string;
	start: IsoDay;
	/** Last day for spans; null for single days. */
	end: IsoDay | null;
	precision: DatePrecision;
	lane: Lane;
	title: string;
	/** The label the chart draws (the whole title stays in the list, tooltip and name). */
	label: string;
	confidence: TimelineEvent['confidence'];
}

/** A deadline of the order: a day count, its date, and how many requirements fall due on it. */
export interface TimelineDeadline {
	id: string;
	days: number;
	date: IsoDay;
	count: number;
	label: string;
}

/** Events as timeline items, sorted by start then id. */
export function itemsFromEvents(events: readonly TimelineEvent[]): TimelineItem[] {
	return events
		.map((e) => ({
			id: e.id,
			start: e.date,
			end: e.end ?? null,
			precision: e.precision,
			lane: e.lane,
			title: e.title,
			label: e.label,
			confidence: e.confidence,
		}))
		.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}

/** The order's distinct dated deadlines, from the milestones. */
export function deadlinesFromMilestones(
	milestones: readonly Milestone[],
	orderDate: IsoDay,
): TimelineDeadline[] {
	const counts = new Map<number, number>();
	for (const m of milestones) {
		if (m.deadline.kind === 'days')
			counts.set(m.deadline.days, (counts.get(m.deadline.days) ?? 0) + 1);
	}
	return [...counts.entries()]
		.sort(([a], [b]) => a - b)
		.map(([days, count]) => ({
			id: `deadline-${days}-days`,
			days,
			date: daysAfter(orderDate, days),
			count,
			label: `${days}-day deadline (${count} ${count === 1 ? 'requirement' : 'requirements'})`,
		}));
}
