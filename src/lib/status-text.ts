/**
 * Words for statuses: a short label for tables and badges, a one-sentence reason that shows the
 * arithmetic, and the one text for every day count, which says the day it is counted to and the
 * last search ("overdue by 128 days, counted to December 7, 2026; public records last searched
 * October 10, 2026").
 */
import { dayCount, formatDay } from './dates.ts';
import type { EvidenceBasis, EvidenceShows } from './schemas/milestone.ts';
import type { Status, StatusKind } from './status.ts';

/** Label, a one-letter mark for use beside colour, and what the status means. */
export const STATUS_INFO: Record<StatusKind, { label: string; mark: string; meaning: string }> = {
	overdue: {
		label: 'Overdue',
		mark: '!',
		meaning: 'The deadline has passed and no public record shows the deliverable.',
	},
	claimed: {
		label: 'Claimed, not verified',
		mark: '?',
		meaning:
			'The government or the press says it was done, but no public record we could read confirms it.',
	},
	partial: {
		label: 'Partly delivered',
		mark: '◐',
		meaning: 'A public record shows part of what the order asks for.',
	},
	'delivered-late': {
		label: 'Delivered late',
		mark: '✓',
		meaning: 'A public record shows the deliverable, dated after the deadline.',
	},
	'delivered-on-time': {
		label: 'Delivered on time',
		mark: '✓',
		meaning: 'A public record shows the deliverable, dated on or before the deadline.',
	},
	'due-soon': {
		label: 'Due soon',
		mark: '…',
		meaning: 'Not delivered yet; the deadline is today or within 14 days.',
	},
	'not-yet-due': {
		label: 'Not yet due',
		mark: '○',
		meaning: 'Not delivered yet; the deadline is more than 14 days away.',
	},
	ongoing: {
		label: 'Ongoing, no deadline',
		mark: '∞',
		meaning: 'A continuing duty with no date by which it is complete.',
	},
	classified: {
		label: 'Not verifiable: classified',
		mark: '■',
		meaning: 'The deliverable is classified by design, so public records cannot show it.',
	},
};

/**
 * The day count of an overdue or late status, with the day it is counted to and the day public
 * records were last searched, e.g. "overdue by 158 days, counted to December 7, 2026; public
 * records last searched October 10, 2026". Every page, table and feed that shows such a count
 * takes its words from here. Null when the status carries no day count.
 */
export function dayCountText(status: Status): string | null {
	if (status.daysLate === null || status.daysLate <= 0) return null;
	const searched = status.lastAbsenceCheck
		? `public records last searched ${formatDay(status.lastAbsenceCheck)}`
		: 'no search of public records logged';
	if (status.kind === 'overdue') {
		return `overdue by ${dayCount(status.daysLate)}, counted to ${formatDay(status.asOf)}; ${searched}`;
	}
	if (status.decisive === null) return null;
	const what = status.kind === 'claimed' ? 'the claim' : 'the record';
	return `${dayCount(status.daysLate)} after the deadline, counted to ${what} of ${formatDay(status.decisive.date)}; ${searched}`;
}

/**
 * For a summary of many statuses computed for one day: the day statuses and day counts are counted
 * to, and when public records were last searched ("between … and …" when the searches differ).
 */
export function countedToText(statuses: readonly Status[]): string {
	const asOf = statuses[0]?.asOf;
	if (asOf === undefined) return '';
	const days = [...new Set(statuses.map((s) => s.lastAbsenceCheck))];
	const searched = days.filter((d): d is string => d !== null).sort();
	const first = searched[0];
	const last = searched.at(-1);
	const search =
		first === undefined || last === undefined
			? 'no search of public records is logged'
			: first === last && !days.includes(null)
				? `public records were last searched on ${formatDay(last)}`
				: `public records were last searched on days from ${formatDay(first)} to ${formatDay(last)}${days.includes(null) ? ', and not at all for some requirements' : ''}`;
	return `Statuses and day counts are counted to ${formatDay(asOf)}; ${search}; later events may be missing.`;
}

/**
 * The note that the record deciding `status` is not confirmed to be the order's deliverable, kept
 * apart from the status itself; null when there is no such doubt.
 */
export function attributionNote(status: Status): string | null {
	const doubt = status.decisive?.attributionUnconfirmed;
	return doubt === undefined ? null : `Attribution unconfirmed: ${doubt}`;
}

/** One sentence explaining `status`, with dates and day counts. */
export function statusReason(status: Status): string {
	const due = status.due ? formatDay(status.due) : null;
	const asOf = formatDay(status.asOf);
	const on = status.decisive ? formatDay(status.decisive.date) : null;
	const count = dayCountText(status);
	const late = count ? ` (${count})` : '';
	switch (status.kind) {
		case 'classified':
			return `Classified by design: public records cannot show whether it was done${due ? ` by ${due}` : ''}.`;
		case 'ongoing':
			return 'A continuing duty: the order sets no deadline.';
		case 'delivered-on-time':
			return `Delivered on time: a public record dated ${on} shows it; it was due ${due}.`;
		case 'delivered-late':
			return `Delivered late: it was due ${due}; a public record shows it on ${on}${late}.`;
		case 'partial':
			return `Partly delivered: a public record dated ${on} shows part of what was due ${due}${late}.`;
		case 'claimed':
			return `Claimed, not verified: on ${on}, a ${status.decisive?.basis === 'press-report' ? 'press report' : 'government statement'} said it was done, but no public record we could read confirms it; it was due ${due}${late}.`;
		case 'due-soon':
			return status.daysToDue === 0
				? `Due today, ${due}; no public record of it yet as of ${asOf}.`
				: `Due in ${dayCount(status.daysToDue ?? 0)}, on ${due}; no public record of it yet as of ${asOf}.`;
		case 'not-yet-due':
			return `Not yet due: due in ${dayCount(status.daysToDue ?? 0)}, on ${due}.`;
		case 'overdue': {
			const text = count ? `${count[0]?.toUpperCase()}${count.slice(1)}` : 'Overdue';
			return status.nothingPublic
				? `${text}. It was due ${due}, and no public record of it was found.`
				: `${text}. It was due ${due}; some activity has been reported, but no public record of the deliverable was found.`;
		}
	}
}

/**
 * Reader-facing words for what an evidence entry shows. A delivery entry uses the words of the
 * status it leads to ("Claimed, not verified", "Partly delivered"), so the log and the status never
 * disagree.
 */
export const SHOWS_LABEL: Record<EvidenceShows, string> = {
	delivered: 'Delivered',
	'delivered-in-part': STATUS_INFO.partial.label,
	'delivery-claimed': STATUS_INFO.claimed.label,
	started: 'Work started',
	'nothing-public': 'Nothing public found',
	context: 'Context',
};

/** Reader-facing words for the kind of evidence. */
export const BASIS_LABEL: Record<EvidenceBasis, string> = {
	'government-claim': 'government statement',
	'public-record': 'public record',
	'press-report': 'press report',
	absence: 'search that found nothing',
};
