/**
 * The days that get a pre-rendered "status as of" page, so that a reader without script can see
 * the tracker as it stood on each day a status could change: the signing date, the first day each
 * requirement counts as due soon, each deadline and the day after it (the first day overdue), and
 * each evidence date, from signing to the build date. Between two of these days only day counts
 * move, never a status.
 */
import { addDays, daysBetween, isIsoDay, type IsoDay } from './dates.ts';
import { dueDate } from './order.ts';
import { DUE_SOON_DAYS } from './status.ts';
import type { Deadline } from './schemas/milestone.ts';

/** The pre-rendered days, sorted, each within [orderDate, buildDate]. */
export function asOfDays(
	milestones: ReadonlyArray<{ deadline: Deadline; evidence: ReadonlyArray<{ date: IsoDay }> }>,
	orderDate: IsoDay,
	buildDate: IsoDay,
): IsoDay[] {
	const days = new Set<IsoDay>([orderDate]);
	for (const m of milestones) {
		const due = dueDate(m.deadline, orderDate);
		if (due !== null) {
			days.add(addDays(due, -DUE_SOON_DAYS));
			days.add(due);
			days.add(addDays(due, 1));
		}
		for (const e of m.evidence) days.add(e.date);
	}
	return [...days]
		.filter((d) => daysBetween(orderDate, d) >= 0 && daysBetween(d, buildDate) >= 0)
		.sort();
}

/**
 * The day a `?asof=` value asks for, or null when it is not a calendar day between `orderDate`
 * and `buildDate` inclusive.
 */
export function parseAsOf(
	value: string | null,
	orderDate: IsoDay,
	buildDate: IsoDay,
): IsoDay | null {
	if (value === null || !isIsoDay(value)) return null;
	return daysBetween(orderDate, value) >= 0 && daysBetween(value, buildDate) >= 0 ? value : null;
}

/**
 * The pre-rendered day that shows the same statuses as `day`: `day` itself when it is one of
 * `days`, else the latest of `days` before it; null when `day` is before all of them.
 */
export function sameStatusDay(days: readonly IsoDay[], day: IsoDay): IsoDay | null {
	return days.filter((d) => daysBetween(d, day) >= 0).at(-1) ?? null;
}
