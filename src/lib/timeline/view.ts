/**
 * The timeline page's data: items, deadlines, the default view range and the month groups of the
 * canonical list. Shared by the static page and the browser enhancement.
 */
import { addDays, formatDay, type IsoDay } from '../dates.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { Milestone } from '../site-data.ts';
import {
	deadlinesFromMilestones,
	itemsFromEvents,
	type TimelineDeadline,
	type TimelineItem,
} from './model.ts';

/** The whole span worth showing: the first item's month to a month past the last item or the build date. */
function fullRange(
	items: readonly TimelineItem[],
	deadlines: readonly TimelineDeadline[],
	buildDate: IsoDay,
): [IsoDay, IsoDay] {
	const days = [
		...items.flatMap((i) => [i.start, i.end ?? i.start]),
		...deadlines.map((d) => d.date),
		buildDate,
	].sort();
	const first = `${days[0]!.slice(0, 7)}-01`;
	const last = addDays(days.at(-1)!, 31);
	return [first, `${last.slice(0, 7)}-01`];
}

/**
 * The order's story, the view the timeline opens on: from the first of the month before the
 * order was signed (the drafts and the cancelled ceremony) to half a month past the build date
 * or the next deadline after it, whichever is later.
 */
export function storyRange(
	orderDate: IsoDay,
	deadlines: readonly TimelineDeadline[],
	buildDate: IsoDay,
): [IsoDay, IsoDay] {
	const monthBefore = addDays(`${orderDate.slice(0, 7)}-01`, -1);
	const next = deadlines.map((d) => d.date).find((d) => d > buildDate);
	const end = next && next > buildDate ? next : buildDate;
	return [`${monthBefore.slice(0, 7)}-01`, addDays(end, 15)];
}

/** One entry of the dated list: an event or a deadline. */
export type ListEntry =
	| { kind: 'event'; date: IsoDay; event: TimelineEvent }
	| { kind: 'deadline'; date: IsoDay; deadline: TimelineDeadline; milestones: Milestone[] };

/** Events and deadlines grouped by month (oldest first), each group's entries by date. */
export function monthGroups(
	events: readonly TimelineEvent[],
	milestones: readonly Milestone[],
	orderDate: IsoDay,
): Array<{ month: string; label: string; entries: ListEntry[] }> {
	const deadlines = deadlinesFromMilestones(milestones, orderDate);
	const entries: ListEntry[] = [
		...events.map((event) => ({ kind: 'event' as const, date: event.date, event })),
		...deadlines.map((deadline) => ({
			kind: 'deadline' as const,
			date: deadline.date,
			deadline,
			milestones: milestones.filter(
				(m) => m.deadline.kind === 'days' && m.deadline.days === deadline.days,
			),
		})),
	].sort(
		(a, b) =>
			a.date.localeCompare(b.date) ||
			(a.kind === 'deadline' ? 1 : 0) - (b.kind === 'deadline' ? 1 : 0),
	);
	const groups = new Map<string, ListEntry[]>();
	for (const e of entries)
		groups.set(e.date.slice(0, 7), [...(groups.get(e.date.slice(0, 7)) ?? []), e]);
	return [...groups.entries()].map(([month, list]) => ({
		month,
		label: formatDay(`${month}-01`, 'month'),
		entries: list,
	}));
}

/** Everything the page and its script need. */
export function timelineData(
	events: readonly TimelineEvent[],
	milestones: readonly Milestone[],
	orderDate: IsoDay,
	buildDate: IsoDay,
) {
	const items = itemsFromEvents(events);
	const deadlines = deadlinesFromMilestones(milestones, orderDate);
	return {
		items,
		deadlines,
		range: fullRange(items, deadlines, buildDate),
		story: storyRange(orderDate, deadlines, buildDate),
		orderDate,
		buildDate,
	};
}
