import { describe, expect, it } from 'vitest';
import {
	compareRows,
	countMessage,
	DEFAULT_STATE,
	queryFromState,
	rowMatches,
	stateFromQuery,
	type RowData,
} from '../../src/lib/table-state.ts';

const row = (over: Partial<RowData>): RowData => ({
	status: 'overdue',
	agencies: 'dhs cisa',
	section: '2',
	order: '0',
	title: 'A',
	due: '2026-07-02',
	rank: '0',
	...over,
});

describe('table state in the URL', () => {
	it('reads filters and sort, falling back to defaults for unknown values', () => {
		expect(
			stateFromQuery(new URLSearchParams('status=overdue&agency=cisa&sort=due&dir=desc')),
		).toEqual({
			status: 'overdue',
			agency: 'cisa',
			section: '',
			sort: 'due',
			dir: 'desc',
		});
		expect(stateFromQuery(new URLSearchParams('sort=<script>&dir=sideways'))).toEqual(
			DEFAULT_STATE,
		);
	});

	it('writes only what differs from the default, and round-trips', () => {
		expect(queryFromState(DEFAULT_STATE)).toBe('');
		const state = { ...DEFAULT_STATE, section: '3', sort: 'status' as const };
		expect(queryFromState(state)).toBe('?section=3&sort=status');
		expect(stateFromQuery(new URLSearchParams(queryFromState(state)))).toEqual(state);
	});
});

describe('rowMatches()', () => {
	it('matches on status, on any listed agency, and on section', () => {
		const r = row({});
		expect(rowMatches(r, DEFAULT_STATE)).toBe(true);
		expect(rowMatches(r, { ...DEFAULT_STATE, agency: 'cisa' })).toBe(true);
		expect(rowMatches(r, { ...DEFAULT_STATE, agency: 'cis' })).toBe(false);
		expect(rowMatches(r, { ...DEFAULT_STATE, status: 'claimed' })).toBe(false);
		expect(rowMatches(r, { ...DEFAULT_STATE, section: '3' })).toBe(false);
	});
});

describe('compareRows()', () => {
	const rows = [
		row({ order: '0', title: 'beta', due: '2026-08-01', rank: '2' }),
		row({ order: '1', title: 'Alpha', due: '2026-07-02', rank: '0' }),
		row({ order: '2', title: 'gamma', due: '9999-12-31', rank: '0' }),
	];
	const orderOf = (state: Parameters<typeof compareRows>[0]) =>
		[...rows].sort(compareRows(state)).map((r) => r.order);

	it.each([
		['order', 'asc', ['0', '1', '2']],
		['title', 'asc', ['1', '0', '2']],
		['due', 'asc', ['1', '0', '2']],
		['due', 'desc', ['2', '0', '1']],
		['status', 'asc', ['1', '2', '0']],
		['status', 'desc', ['0', '1', '2']],
	] as const)('sorts by %s %s, ties in the order of the text', (sort, dir, expected) => {
		expect(orderOf({ ...DEFAULT_STATE, sort, dir })).toEqual(expected);
	});
});

it('countMessage() says how many are shown', () => {
	expect(countMessage(11, 11)).toBe('Showing all 11 requirements.');
	expect(countMessage(3, 11)).toBe('Showing 3 of 11 requirements.');
});
