/**
 * The order's structure and deadlines as plain data: which sections ask whom to do what by when.
 * Dates are computed from the order's date and the deadline's day count, never typed by hand.
 */
import { daysAfter, daysBetween, type IsoDay } from './dates.ts';
import type { Deadline } from './schemas/milestone.ts';
import type { Milestone, OrderSection } from './site-data.ts';

/** The calendar day a deadline falls on, or null when the order sets none. */
export function dueDate(deadline: Deadline, orderDate: IsoDay): IsoDay | null {
	return deadline.kind === 'days' ? daysAfter(orderDate, deadline.days) : null;
}

/** One distinct deadline of the order and the requirements that share it. */
export interface DeadlineGroup {
	days: number;
	date: IsoDay;
	/** Days from the build date to the deadline: negative once it has passed. */
	daysFromBuild: number;
	milestones: Milestone[];
}

/** Distinct day-count deadlines, earliest first, each with its requirements. */
export function deadlineGroups(
	milestones: readonly Milestone[],
	orderDate: IsoDay,
	buildDate: IsoDay,
): DeadlineGroup[] {
	const groups = new Map<number, Milestone[]>();
	for (const m of milestones) {
		if (m.deadline.kind !== 'days') continue;
		groups.set(m.deadline.days, [...(groups.get(m.deadline.days) ?? []), m]);
	}
	return [...groups.entries()]
		.sort(([a], [b]) => a - b)
		.map(([days, ms]) => {
			const date = daysAfter(orderDate, days);
			return { days, date, daysFromBuild: daysBetween(buildDate, date), milestones: ms };
		});
}

/** A section at a glance: its requirements, who acts, and its distinct deadlines. */
export interface SectionOverview {
	section: OrderSection;
	milestones: Milestone[];
	/** Agency ids that lead at least one requirement, in first-seen order, else the section's actors. */
	leads: string[];
	/** Distinct day counts, ascending. */
	deadlineDays: number[];
	/** True when some requirement has no deadline or is ongoing. */
	hasOpenEnded: boolean;
}

/** One overview row per section, in section order. */
export function sectionOverviews(
	sections: readonly OrderSection[],
	milestones: readonly Milestone[],
): SectionOverview[] {
	return sections.map((section) => {
		const own = milestones.filter((m) => m.section === section.id);
		const leads = [...new Set(own.flatMap((m) => m.lead))];
		const days = own.flatMap((m) => (m.deadline.kind === 'days' ? [m.deadline.days] : []));
		return {
			section,
			milestones: own,
			leads: leads.length > 0 ? leads : [...section.actors],
			deadlineDays: [...new Set(days)].sort((a, b) => a - b),
			hasOpenEnded: own.some((m) => m.deadline.kind !== 'days'),
		};
	});
}
