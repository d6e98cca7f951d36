/**
 * The home page's scoreboard for one day: how many requirements are in each status, the next
 * deadline, and every overdue requirement, grouped so that equal day counts read as ties. Pure:
 * it works on views already computed for that day.
 */
import type { IsoDay } from './dates.ts';
import { mostOverdue, nextDue, statusCounts, type MilestoneView } from './milestone-view.ts';
import { dayCountText } from './status-text.ts';
import type { StatusKind } from './status.ts';

/** How the overdue list is ordered, said above it wherever it is drawn. */
export const OVERDUE_ORDER_NOTE =
	'Most days late first; equal counts are ties, listed in the order’s section order.';

/** Overdue requirements that share one day count (and one last search): a tie. */
interface OverdueGroup {
	/** The group's day count, with the day counted to and the last search (`dayCountText`). */
	count: string;
	/** The tied requirements, in the order's section order. */
	items: MilestoneView[];
}

/** What the scoreboard shows for one day. */
export interface Scoreboard {
	asOf: IsoDay;
	total: number;
	/** Requirements per status, most in need of attention first, zeros omitted. */
	counts: Array<{ kind: StatusKind; count: number }>;
	/** The nearest deadline still ahead (or today) and the requirements due then; null if none. */
	next: { due: IsoDay; items: MilestoneView[] } | null;
	/** Every overdue requirement: most days late first, ties together. */
	overdue: OverdueGroup[];
}

/** The scoreboard of `views`, which must all be computed for the same day. */
export function scoreboard(views: readonly MilestoneView[]): Scoreboard {
	const asOf = views[0]?.status.asOf ?? '';
	const order = new Map(views.map((v, i) => [v.id, i]));
	const overdue: OverdueGroup[] = [];
	for (const view of mostOverdue(views)) {
		const count = dayCountText(view.status) ?? '';
		const group = overdue.find((g) => g.count === count);
		if (group) group.items.push(view);
		else overdue.push({ count, items: [view] });
	}
	for (const group of overdue) {
		group.items.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
	}
	const ahead = nextDue(views);
	const due = ahead[0]?.status.due ?? null;
	return {
		asOf,
		total: views.length,
		counts: statusCounts(views),
		next: due === null ? null : { due, items: ahead.filter((v) => v.status.due === due) },
		overdue,
	};
}
