import { describe, expect, it } from 'vitest';
import type { Evidence, MilestoneData } from '../../src/lib/schemas/milestone.ts';
import { computeStatus, DUE_SOON_DAYS, statusHistory } from '../../src/lib/status.ts';
import {
	attributionNote,
	countedToText,
	dayCountText,
	STATUS_INFO,
	statusReason,
} from '../../src/lib/status-text.ts';

const ORDER = '2026-06-02';

function ev(date: string, shows: Evidence['shows'], basis: Evidence['basis']): Evidence {
	return {
		date,
		precision: 'day',
		shows,
		basis,
		note: `${shows} on ${date}`,
		sources: ['src-a'],
		confidence: 'primary',
	};
}

function milestone(
	evidence: Evidence[] = [],
	deadline: MilestoneData['deadline'] = { kind: 'days', days: 30 },
	classified = false,
) {
	return { deadline, classified, evidence, lastChecked: '2026-10-10' };
}

describe('computeStatus() for a 30-day requirement due July 2, 2026', () => {
	it.each([
		['a month before the deadline', '2026-06-03', 'not-yet-due', 29],
		['15 days before', '2026-06-17', 'not-yet-due', 15],
		[`${DUE_SOON_DAYS} days before`, '2026-06-18', 'due-soon', 14],
		['the day before', '2026-07-01', 'due-soon', 1],
		['the deadline day itself', '2026-07-02', 'due-soon', 0],
		['the day after', '2026-07-03', 'overdue', -1],
		['the build date', '2026-11-23', 'overdue', -144],
	])('with no evidence, %s is %s', (_when, asOf, kind, daysToDue) => {
		const status = computeStatus(milestone(), ORDER, asOf);
		expect(status.kind).toBe(kind);
		expect(status.daysToDue).toBe(daysToDue);
		expect(status.due).toBe('2026-07-02');
	});

	it('overdue counts days late and says nothing is public, with the last check', () => {
		const status = computeStatus(
			milestone([ev('2026-07-02', 'nothing-public', 'absence')]),
			ORDER,
			'2026-11-23',
		);
		expect(status).toMatchObject({
			kind: 'overdue',
			daysLate: 144,
			nothingPublic: true,
			lastAbsenceCheck: '2026-10-10',
		});
		expect(statusReason(status)).toBe(
			'Overdue by 144 days, counted to November 23, 2026; public records last searched October 10, 2026. It was due July 2, 2026, and no public record of it was found.',
		);
	});

	it('overdue with some public activity says so rather than "nothing public"', () => {
		const status = computeStatus(
			milestone([ev('2026-06-20', 'started', 'public-record')]),
			ORDER,
			'2026-08-01',
		);
		expect(status).toMatchObject({ kind: 'overdue', daysLate: 30, nothingPublic: false });
		expect(statusReason(status)).toMatch(/^Overdue by 30 days, .*some activity has been reported/);
	});

	it('a public record on the deadline day is delivered on time', () => {
		const record = ev('2026-07-02', 'delivered', 'public-record');
		const status = computeStatus(milestone([record]), ORDER, '2026-11-23');
		expect(status).toMatchObject({ kind: 'delivered-on-time', daysLate: null, decisive: record });
		expect(statusReason(status)).toBe(
			'Delivered on time: a public record dated July 2, 2026 shows it; it was due July 2, 2026.',
		);
	});

	it('a public record after the deadline is delivered late, with the days late', () => {
		const status = computeStatus(
			milestone([ev('2026-07-14', 'delivered', 'public-record')]),
			ORDER,
			'2026-11-23',
		);
		expect(status).toMatchObject({ kind: 'delivered-late', daysLate: 12 });
		expect(statusReason(status)).toBe(
			'Delivered late: it was due July 2, 2026; a public record shows it on July 14, 2026 (12 days after the deadline, counted to the record of July 14, 2026; public records last searched October 10, 2026).',
		);
	});

	it('part of the deliverable on public record is partly delivered', () => {
		const status = computeStatus(
			milestone([ev('2026-06-10', 'delivered-in-part', 'public-record')]),
			ORDER,
			'2026-11-23',
		);
		expect(status).toMatchObject({ kind: 'partial', daysLate: null });
	});

	it('a government claim of delivery alone is claimed, not verified, even after the deadline', () => {
		const status = computeStatus(
			milestone([ev('2026-07-14', 'delivery-claimed', 'government-claim')]),
			ORDER,
			'2026-11-23',
		);
		expect(status).toMatchObject({ kind: 'claimed', daysLate: 12 });
		expect(statusReason(status)).toMatch(
			/^Claimed, not verified: on July 14, 2026, a government statement said it was done.*\(12 days after the deadline, counted to the claim of July 14, 2026; public records last searched October 10, 2026\)\.$/,
		);
	});

	it('a press report of delivery is also only claimed', () => {
		const status = computeStatus(
			milestone([ev('2026-06-20', 'delivery-claimed', 'press-report')]),
			ORDER,
			'2026-11-23',
		);
		expect(status.kind).toBe('claimed');
		expect(statusReason(status)).toContain('a press report said');
	});

	it('context entries alone still leave an overdue requirement with nothing public', () => {
		const status = computeStatus(
			milestone([ev('2026-04-13', 'context', 'press-report')]),
			ORDER,
			'2026-11-23',
		);
		expect(status).toMatchObject({ kind: 'overdue', nothingPublic: true });
	});

	it('a report that work is under way does not count as a claim of delivery', () => {
		const status = computeStatus(
			milestone([ev('2026-06-03', 'started', 'government-claim')]),
			ORDER,
			'2026-11-23',
		);
		expect(status.kind).toBe('overdue');
	});

	it('a public record outranks an earlier claim and a partial record', () => {
		const log = [
			ev('2026-06-05', 'delivery-claimed', 'government-claim'),
			ev('2026-06-10', 'delivered-in-part', 'public-record'),
			ev('2026-07-20', 'delivered', 'public-record'),
		];
		expect(computeStatus(milestone(log), ORDER, '2026-06-06').kind).toBe('claimed');
		expect(computeStatus(milestone(log), ORDER, '2026-06-10').kind).toBe('partial');
		expect(computeStatus(milestone(log), ORDER, '2026-07-20')).toMatchObject({
			kind: 'delivered-late',
			daysLate: 18,
		});
	});

	it('ignores evidence dated after the day it is computed for', () => {
		const log = [ev('2026-07-01', 'delivered', 'public-record')];
		expect(computeStatus(milestone(log), ORDER, '2026-06-30').kind).toBe('due-soon');
	});
});

describe('computeStatus() for requirements without a verifiable deadline', () => {
	it('an ongoing duty or one with no deadline is ongoing, whatever the date', () => {
		expect(computeStatus(milestone([], { kind: 'ongoing' }), ORDER, '2027-01-01').kind).toBe(
			'ongoing',
		);
		expect(computeStatus(milestone([], { kind: 'none' }), ORDER, '2026-06-02')).toMatchObject({
			kind: 'ongoing',
			due: null,
			daysToDue: null,
		});
	});

	it('a classified deliverable is not verifiable, before and after its deadline', () => {
		const classified = milestone([], { kind: 'days', days: 60 }, true);
		expect(computeStatus(classified, ORDER, '2026-06-10').kind).toBe('classified');
		const after = computeStatus(classified, ORDER, '2026-11-23');
		expect(after).toMatchObject({ kind: 'classified', due: '2026-08-01' });
		expect(statusReason(after)).toBe(
			'Classified by design: public records cannot show whether it was done by August 1, 2026.',
		);
	});
});

describe('statusHistory()', () => {
	it('lists each change from the date of the order to the build date', () => {
		const log = [ev('2026-07-14', 'delivery-claimed', 'government-claim')];
		const history = statusHistory(milestone(log), ORDER, '2026-11-23');
		expect(history.map((c) => [c.date, c.status.kind])).toEqual([
			['2026-06-02', 'not-yet-due'],
			['2026-06-18', 'due-soon'],
			['2026-07-03', 'overdue'],
			['2026-07-14', 'claimed'],
		]);
	});

	it('stops at the day it is asked for', () => {
		const history = statusHistory(milestone(), ORDER, '2026-06-20');
		expect(history.map((c) => c.status.kind)).toEqual(['not-yet-due', 'due-soon']);
	});
});

describe('STATUS_INFO', () => {
	it('gives every status a distinct label and a mark, so colour is never the only cue', () => {
		const labels = Object.values(STATUS_INFO).map((i) => i.label);
		expect(new Set(labels).size).toBe(labels.length);
		for (const info of Object.values(STATUS_INFO)) expect(info.mark.length).toBeGreaterThan(0);
	});
});

describe('dayCountText()', () => {
	it('an overdue count says the day it is counted to and the last search', () => {
		const status = computeStatus(milestone(), ORDER, '2026-12-07');
		expect(dayCountText(status)).toBe(
			'overdue by 158 days, counted to December 7, 2026; public records last searched October 10, 2026',
		);
	});

	it('a late claim is counted to the claim, not to the build date', () => {
		const log = [ev('2026-08-04', 'delivery-claimed', 'press-report')];
		const status = computeStatus(milestone(log, { kind: 'days', days: 60 }), ORDER, '2026-12-07');
		expect(dayCountText(status)).toBe(
			'3 days after the deadline, counted to the claim of August 4, 2026; public records last searched October 10, 2026',
		);
	});

	it('says so when no search is logged yet, and gives nothing when there is no count', () => {
		const early = { ...milestone(), lastChecked: '2026-12-31' };
		expect(dayCountText(computeStatus(early, ORDER, '2026-07-05'))).toBe(
			'overdue by 3 days, counted to July 5, 2026; no search of public records logged',
		);
		const onTime = [ev('2026-07-01', 'delivered', 'public-record')];
		expect(dayCountText(computeStatus(milestone(onTime), ORDER, '2026-12-07'))).toBeNull();
		expect(dayCountText(computeStatus(milestone(), ORDER, '2026-06-10'))).toBeNull();
	});

	it('every status with days late says what it is counted to', () => {
		const logs = [
			[],
			[ev('2026-07-14', 'delivered', 'public-record')],
			[ev('2026-07-14', 'delivered-in-part', 'public-record')],
			[ev('2026-07-14', 'delivery-claimed', 'government-claim')],
		];
		for (const log of logs) {
			const status = computeStatus(milestone(log), ORDER, '2026-12-07');
			expect(status.daysLate).toBeGreaterThan(0);
			expect(statusReason(status).toLowerCase()).toContain(`${dayCountText(status)}`.toLowerCase());
			expect(dayCountText(status)).toMatch(/counted to .*last searched October 10, 2026$/);
		}
	});
});

describe('countedToText()', () => {
	it('names the day counted to and the one day of the last search', () => {
		const statuses = [milestone(), milestone()].map((m) => computeStatus(m, ORDER, '2026-12-07'));
		expect(countedToText(statuses)).toBe(
			'Statuses and day counts are counted to December 7, 2026; public records were last searched on October 10, 2026; later events may be missing.',
		);
	});

	it('gives the range when searches differ', () => {
		const statuses = [milestone(), { ...milestone(), lastChecked: '2026-09-01' }].map((m) =>
			computeStatus(m, ORDER, '2026-12-07'),
		);
		expect(countedToText(statuses)).toContain(
			'public records were last searched on days from September 1, 2026 to October 10, 2026',
		);
	});
});

describe('attributionNote()', () => {
	it('is a separate note when the deciding record is not confirmed to be the deliverable', () => {
		const record = {
			...ev('2026-06-10', 'delivered', 'public-record'),
			attributionUnconfirmed: 'Not confirmed to be the directive the order asks for.',
		};
		const status = computeStatus(milestone([record]), ORDER, '2026-12-07');
		expect(status.kind).toBe('delivered-on-time');
		expect(STATUS_INFO[status.kind].label).not.toMatch(/attribution/i);
		expect(attributionNote(status)).toBe(
			'Attribution unconfirmed: Not confirmed to be the directive the order asks for.',
		);
	});

	it('is null when the attribution is not in doubt', () => {
		const log = [ev('2026-06-10', 'delivered', 'public-record')];
		expect(attributionNote(computeStatus(milestone(log), ORDER, '2026-12-07'))).toBeNull();
	});
});
