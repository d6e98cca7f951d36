/**
 * Words for statuses: a short label for tables and badges, and a one-sentence reason that shows
 * the arithmetic ("overdue by 114 days: due August 1, 2026; no public record found as of …").
 */
import { dayCount, formatDay } from './dates.ts';
import type { Evidence, EvidenceShows } from './schemas/milestone.ts';
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

/** One sentence explaining `status`, with dates and day counts. */
export function statusReason(status: Status): string {
	const due = status.due ? formatDay(status.due) : null;
	const asOf = formatDay(status.asOf);
	const on = status.decisive ? formatDay(status.decisive.date) : null;
	const late = status.daysLate ? `, ${dayCount(status.daysLate)} after the deadline` : '';
	switch (status.kind) {
		case 'classified':
			return `Classified by design: public records cannot show whether it was done${due ? ` by ${due}` : ''}.`;
		case 'ongoing':
			return 'A continuing duty: the order sets no deadline.';
		case 'delivered-on-time':
			return `Delivered on time: a public record dated ${on} shows it; it was due ${due}.`;
		case 'delivered-late':
			return `Delivered ${dayCount(status.daysLate ?? 0)} late: it was due ${due}; a public record shows it on ${on}.`;
		case 'partial':
			return `Partly delivered: a public record dated ${on}${late} shows part of what was due ${due}.`;
		case 'claimed':
			return `Claimed, not verified: on ${on}${late}, a ${status.decisive?.basis === 'press-report' ? 'press report' : 'government statement'} said it was done, but no public record we could read confirms it.`;
		case 'due-soon':
			return status.daysToDue === 0
				? `Due today, ${due}; no public record of it yet as of ${asOf}.`
				: `Due in ${dayCount(status.daysToDue ?? 0)}, on ${due}; no public record of it yet as of ${asOf}.`;
		case 'not-yet-due':
			return `Not yet due: due in ${dayCount(status.daysToDue ?? 0)}, on ${due}.`;
		case 'overdue': {
			const checked = status.lastAbsenceCheck ? formatDay(status.lastAbsenceCheck) : asOf;
			return status.nothingPublic
				? `Overdue by ${dayCount(status.daysLate ?? 0)}: it was due ${due} and no public record was found as of ${checked}.`
				: `Overdue by ${dayCount(status.daysLate ?? 0)}: it was due ${due}; some activity has been reported, but no public record of the deliverable was found as of ${checked}.`;
		}
	}
}

/** Reader-facing words for what an evidence entry shows. */
export const SHOWS_LABEL: Record<EvidenceShows, string> = {
	started: 'Work started',
	delivered: 'Delivered',
	'delivered-in-part': 'Delivered in part',
	'reported-unverified': 'Reported, not verified',
	'nothing-public': 'Nothing public found',
	context: 'Context',
};

/** Reader-facing words for the kind of evidence. */
export const BASIS_LABEL: Record<Evidence['basis'], string> = {
	'government-claim': 'government statement',
	'public-record': 'public record',
	'press-report': 'press report',
	absence: 'search that found nothing',
};
