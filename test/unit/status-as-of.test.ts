/**
 * Status as of each deadline, the day before and the day after, for every requirement in
 * content/milestones, against a table written by hand from the content (deadlines: 30 days after
 * June 2, 2026 is July 2; 60 days is August 1).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asOfDays, parseAsOf, sameStatusDay } from '../../src/lib/as-of.ts';
import { milestoneSchema } from '../../src/lib/schemas/milestone.ts';
import { addDays } from '../../src/lib/dates.ts';
import { chartLayout, statusRuns } from '../../src/lib/status-chart.ts';
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
	it('offers the signing date, the first due-soon day, each deadline and the day after, and evidence dates in range', () => {
		const milestones = [
			{
				deadline: { kind: 'days', days: 30 },
				evidence: [{ date: '2026-06-01' }, { date: '2026-06-10' }, { date: '2027-01-01' }],
			},
		] satisfies Parameters<typeof asOfDays>[0];
		expect(asOfDays(milestones, SIGNED, '2026-12-07')).toEqual([
			'2026-06-02',
			'2026-06-10',
			'2026-06-18',
			'2026-07-02',
			'2026-07-03',
		]);
	});
});

describe('sameStatusDay()', () => {
	const days = ['2026-06-02', '2026-06-18', '2026-07-02'];
	it.each([
		['2026-06-02', '2026-06-02'],
		['2026-06-17', '2026-06-02'],
		['2026-06-18', '2026-06-18'],
		['2026-12-07', '2026-07-02'],
		['2026-06-01', null],
	])('%s → %s', (day, want) => {
		expect(sameStatusDay(days, day)).toBe(want);
	});

	it('gives, for every day from signing to the build date, a pre-rendered day with the same statuses', () => {
		const all = readdirSync(dir)
			.filter((f) => f.endsWith('.json'))
			.map((f) => load(f.replace(/\.json$/, '')));
		const days = asOfDays(all, SIGNED, '2026-12-07');
		const kinds = (day: string) => all.map((m) => computeStatus(m, SIGNED, day).kind).join();
		for (let day = SIGNED; day <= '2026-12-07'; day = addDays(day, 1)) {
			expect(kinds(sameStatusDay(days, day)!), day).toBe(kinds(day));
		}
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

describe('statusRuns() and chartLayout() over the content', () => {
	const all = Object.keys(TABLE).map(load);
	const runs = statusRuns(all, SIGNED, '2026-12-07');

	it('cover every day from the order to the build date without gap or overlap', () => {
		expect(runs[0]!.from).toBe(SIGNED);
		expect(runs.at(-1)!.to).toBe('2026-12-07');
		for (let i = 1; i < runs.length; i++) {
			expect(runs[i]!.from).toBe(addDays(runs[i - 1]!.to, 1));
		}
	});

	it('agree with the hand-written table on each day it lists', () => {
		DAYS.forEach((day, i) => {
			const run = runs.find((r) => r.from <= day && day <= r.to)!;
			const expected: Record<string, number> = {};
			for (const row of Object.values(TABLE)) {
				const kind = row[i]!.split(':')[0]!;
				expected[kind] = (expected[kind] ?? 0) + 1;
			}
			const shown = Object.fromEntries(Object.entries(run.counts).filter(([, n]) => n > 0));
			expect(shown, day).toEqual(expected);
		});
	});

	it('stacks each day’s bands to the full height, and marks both deadlines', () => {
		const chart = chartLayout(runs, all, SIGNED, '2026-12-07');
		const full = chart.plot.bottom - chart.plot.top;
		const first = chart.bands.filter((b) => b.x === chart.plot.left);
		expect(first.reduce((h, b) => h + b.height, 0)).toBeCloseTo(full, 6);
		expect(chart.deadlines.map((d) => d.day)).toEqual(['2026-07-02', '2026-08-01']);
		expect(chart.evidence.map((e) => e.day)).not.toContain('2026-06-01');
	});
});
