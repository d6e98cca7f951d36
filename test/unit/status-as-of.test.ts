/**
 * Status as of each deadline, the day before and the day after, for every requirement in
 * content/milestones, against a table written by hand from the content (deadlines: 30 days after
 * June 2, 2026 is July 2; 60 days is August 1).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asOfDays, parseAsOf } from '../../src/lib/as-of.ts';
import { milestoneSchema } from '../../src/lib/schemas/milestone.ts';
import { computeStatus } from '../../src/lib/status.ts';

const SIGNED = '2026-06-02';
const DAYS = ['2026-07-01', '2026-07-02', '2026-07-03', '2026-07-31', '2026-08-01', '2026-08-02'];
const dir = join(import.meta.dirname, '../../content/milestones');
const load = (id: string) =>
	milestoneSchema.parse(JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')));

/** kind[:days late], one per day of DAYS. */
const thirtyDayNothingPublic = [
	'due-soon',
	'due-soon',
	'overdue:1',
	'overdue:29',
	'overdue:30',
	'overdue:31',
];
const sixtyDayNotDelivered = [
	'not-yet-due',
	'not-yet-due',
	'not-yet-due',
	'due-soon',
	'due-soon',
	'overdue:1',
];
const TABLE: Record<string, string[]> = {
	'2a-cnss-nss-defense': thirtyDayNothingPublic,
	'2b-war-systems-hardening': thirtyDayNothingPublic,
	'2c-i-civilian-systems-directives': Array(6).fill('delivered-on-time'),
	'2c-ii-ai-defensive-tools': thirtyDayNothingPublic,
	'2c-iii-access-to-tools': thirtyDayNothingPublic,
	'2d-ai-cybersecurity-clearinghouse': [
		'due-soon',
		'due-soon',
		'overdue:1',
		'claimed:12',
		'claimed:12',
		'claimed:12',
	],
	'2e-omb-grant-funding': thirtyDayNothingPublic,
	'2f-opm-cyber-hiring': sixtyDayNotDelivered,
	'3a-classified-benchmarking': Array(6).fill('classified'),
	'3b-voluntary-framework': sixtyDayNotDelivered,
	'4-ag-enforcement-priority': Array(6).fill('ongoing'),
};

describe('status of every requirement around its deadline', () => {
	it('the table covers every requirement in content/milestones', () => {
		const ids = readdirSync(dir)
			.filter((f) => f.endsWith('.json'))
			.map((f) => f.replace(/\.json$/, ''));
		expect(Object.keys(TABLE).sort()).toEqual(ids.sort());
	});

	describe.each(Object.entries(TABLE))('%s', (id, expected) => {
		it.each(DAYS.map((day, i) => [day, expected[i]!]))('as of %s is %s', (day, want) => {
			const status = computeStatus(load(id), SIGNED, day);
			const [kind, late] = want.split(':');
			expect(status.kind).toBe(kind);
			if (late !== undefined) expect(status.daysLate).toBe(Number(late));
		});
	});
});

describe('asOfDays()', () => {
	it('offers the signing date, each deadline and the day after, and evidence dates in range', () => {
		const milestones = [
			{
				deadline: { kind: 'days', days: 30 },
				evidence: [{ date: '2026-06-01' }, { date: '2026-06-10' }, { date: '2027-01-01' }],
			},
		] as Parameters<typeof asOfDays>[0];
		expect(asOfDays(milestones, SIGNED, '2026-12-07')).toEqual([
			'2026-06-02',
			'2026-06-10',
			'2026-07-02',
			'2026-07-03',
		]);
	});
});

describe('parseAsOf()', () => {
	it.each([
		['2026-07-03', '2026-07-03'],
		['2026-06-02', '2026-06-02'],
		['2026-06-01', null],
		['2026-12-08', null],
		['2026-02-30', null],
		['july', null],
		[null, null],
	])('%s → %s', (value, want) => {
		expect(parseAsOf(value, SIGNED, '2026-12-07')).toBe(want);
	});
});
