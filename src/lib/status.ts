/**
 * A requirement's status as of a given day, computed from its deadline and its evidence log.
 * Never typed in: the same log gives "what the tracker showed" on any past day, by passing that
 * day as `asOf`. Pure: the day is a parameter, never read from the clock.
 *
 * Rules, applied in order (published on the about page):
 * 1. Classified by design: the deliverable cannot be verified from public records.
 * 2. No deadline or a continuing duty: ongoing.
 * 3. A public record shows the deliverable (`delivered`): delivered on time, or late by N days.
 * 4. A public record shows part of it (`delivered-in-part`): partly delivered.
 * 5. Only a government claim or a press report says it was delivered (`delivery-claimed`):
 *    claimed, not verified.
 * 6. Nothing delivered and the deadline is ahead: not yet due, or due soon within
 *    `DUE_SOON_DAYS` (the deadline day itself is still due, not overdue).
 * 7. Nothing delivered and the deadline has passed: overdue by N days, noting whether anything
 *    at all is public (`started`) and the last search (`nothing-public`).
 * Each `shows` value feeds exactly one rule (`SHOWS_RULE` in the milestone schema, which also
 * fixes the kinds of evidence each may rest on); `context` feeds none.
 * Only evidence dated on or before `asOf` counts.
 */
import { addDays, daysBetween, type IsoDay } from './dates.ts';
import { dueDate } from './order.ts';
import type { Evidence, MilestoneData } from './schemas/milestone.ts';

/** Days before a deadline from which a requirement counts as due soon. */
export const DUE_SOON_DAYS = 14;

/** Every status, in the order summaries list them (most in need of attention first). */
export const STATUS_KINDS = [
	'overdue',
	'claimed',
	'partial',
	'delivered-late',
	'delivered-on-time',
	'due-soon',
	'not-yet-due',
	'ongoing',
	'classified',
] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];

/** The computed status and the facts behind it. */
export interface Status {
	kind: StatusKind;
	/** The day the status is computed for. */
	asOf: IsoDay;
	/** Due date, or null when there is no deadline. */
	due: IsoDay | null;
	/** Days from `asOf` to the due date: positive ahead, negative after; null without a deadline. */
	daysToDue: number | null;
	/** For delivered-late, partial or claimed after the deadline: days after the due date. */
	daysLate: number | null;
	/** The evidence entry that decided the status, if one did. */
	decisive: Evidence | null;
	/** True when the only evidence on or before `asOf` is searches that found nothing, or context. */
	nothingPublic: boolean;
	/** Latest day public records were searched, on or before `asOf`: an absence entry or `lastChecked`. */
	lastAbsenceCheck: IsoDay | null;
}

type Input = Pick<MilestoneData, 'deadline' | 'classified' | 'evidence' | 'lastChecked'>;

/** Status of `milestone` as of `asOf`, for an order dated `orderDate`. */
export function computeStatus(milestone: Input, orderDate: IsoDay, asOf: IsoDay): Status {
	const evidence = milestone.evidence
		.filter((e) => daysBetween(e.date, asOf) >= 0)
		.sort((a, b) => a.date.localeCompare(b.date));
	const due = dueDate(milestone.deadline, orderDate);
	const daysToDue = due === null ? null : daysBetween(asOf, due);
	const lateBy = (e: Evidence | undefined) =>
		e && due !== null && daysBetween(due, e.date) > 0 ? daysBetween(due, e.date) : null;
	const checks = evidence.filter((e) => e.shows === 'nothing-public').map((e) => e.date);
	if (daysBetween(milestone.lastChecked, asOf) >= 0) checks.push(milestone.lastChecked);
	const base = {
		asOf,
		due,
		daysToDue,
		nothingPublic: evidence.every((e) => e.shows === 'nothing-public' || e.shows === 'context'),
		lastAbsenceCheck: checks.sort().at(-1) ?? null,
	};
	const result = (kind: StatusKind, decisive: Evidence | null = null): Status => ({
		...base,
		kind,
		decisive,
		daysLate: lateBy(decisive ?? undefined),
	});

	if (milestone.classified) return result('classified');
	if (due === null || daysToDue === null) return result('ongoing');

	const delivered = evidence.find((e) => e.shows === 'delivered');
	if (delivered)
		return result(lateBy(delivered) ? 'delivered-late' : 'delivered-on-time', delivered);
	const partial = evidence.find((e) => e.shows === 'delivered-in-part');
	if (partial) return result('partial', partial);
	const claim = evidence.find((e) => e.shows === 'delivery-claimed');
	if (claim) return result('claimed', claim);

	if (daysToDue >= 0) return result(daysToDue <= DUE_SOON_DAYS ? 'due-soon' : 'not-yet-due');
	return { ...result('overdue'), daysLate: -daysToDue };
}

/** One change in a requirement's status: the day it took effect and the new status. */
export interface StatusChange {
	date: IsoDay;
	status: Status;
}

/**
 * How the status changed from the date of the order to `asOf`: the status on the order's date,
 * then each day an evidence entry or the deadline (or the start of "due soon", or the day after
 * the deadline) changed it.
 */
export function statusHistory(milestone: Input, orderDate: IsoDay, asOf: IsoDay): StatusChange[] {
	const due = dueDate(milestone.deadline, orderDate);
	const days = new Set<IsoDay>([orderDate, ...milestone.evidence.map((e) => e.date)]);
	if (due !== null) {
		days.add(addDays(due, -DUE_SOON_DAYS));
		days.add(addDays(due, 1));
	}
	const changes: StatusChange[] = [];
	for (const day of [...days].sort()) {
		if (daysBetween(day, asOf) < 0 || daysBetween(orderDate, day) < 0) continue;
		const status = computeStatus(milestone, orderDate, day);
		const previous = changes.at(-1)?.status;
		if (!previous || previous.kind !== status.kind || previous.decisive !== status.decisive) {
			changes.push({ date: day, status });
		}
	}
	return changes;
}
