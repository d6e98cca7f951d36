import { describe, expect, it } from 'vitest';
import {
	compareRows,
	countMessage,
	defaultState,
	queryFromState,
	rowMatches,
	stateFromQuery,
	type RowData,
	type TableState,
} from '../../src/lib/table-state.ts';

const spec = { filters: ['status', 'agency', 'section'], sorts: ['title', 'due', 'status'] };
const DEFAULT = defaultState(spec);

const row = (filters: Partial<Record<string, string>>, sorts: Record<string, string>): RowData => ({
	filters: { status: 'overdue', agency: 'dhs cisa', section: '2', ...filters } as Record<
		string,
		string
	>,
	sorts,
});

describe('table state in the URL', () => {
	it('reads filters and sort, falling back to defaults for unknown values', () => {
		expect(
			stateFromQuery(new URLSearchParams('status=overdue&agency=cisa&sort=due&dir=desc'), spec),
		).toEqual({
			filters: { status: 'overdue', agency: 'cisa', section: '' },
			sort: 'due',
			dir: 'desc',
		});
		expect(stateFromQuery(new URLSearchParams('sort=<script>&dir=sideways&other=x'), spec)).toEqual(
			DEFAULT,
		);
	});

	it('writes only what differs from the default, and round-trips', () => {
		expect(queryFromState(DEFAULT)).toBe('');
		const state: TableState = {
			...DEFAULT,
			filters: { ...DEFAULT.filters, section: '3' },
			sort: 'status',
		};
		expect(queryFromState(state)).toBe('?section=3&sort=status');
		expect(stateFromQuery(new URLSearchParams(queryFromState(state)), spec)).toEqual(state);
	});

	it('keeps the page’s other parameters (asof) and replaces the table’s own', () => {
		const state: TableState = { ...DEFAULT, filters: { ...DEFAULT.filters, status: 'overdue' } };
		expect(queryFromState(state, '?asof=2026-07-03&status=claimed&sort=due')).toBe(
			'?asof=2026-07-03&status=overdue',
		);
		expect(queryFromState(DEFAULT, '?asof=2026-07-03&section=2')).toBe('?asof=2026-07-03');
	});
});

describe('rowMatches()', () => {
	it('matches each filter against the row’s tokens', () => {
		const r = row({}, {});
		const withFilter = (name: string, value: string) => ({
			...DEFAULT,
			filters: { ...DEFAULT.filters, [name]: value },
		});
		expect(rowMatches(r, DEFAULT)).toBe(true);
		expect(rowMatches(r, withFilter('agency', 'cisa'))).toBe(true);
		expect(rowMatches(r, withFilter('agency', 'cis'))).toBe(false);
		expect(rowMatches(r, withFilter('status', 'claimed'))).toBe(false);
		expect(rowMatches(r, withFilter('section', '3'))).toBe(false);
	});
});

describe('compareRows()', () => {
	const rows = [
		row({}, { order: '0', title: 'beta', due: '2026-08-01', status: '2' }),
		row({}, { order: '1', title: 'Alpha', due: '2026-07-02', status: '0' }),
		row({}, { order: '2', title: 'gamma', due: '9999-12-31', status: '10' }),
	];
	const orderOf = (sort: string, dir: 'asc' | 'desc') =>
		[...rows].sort(compareRows({ ...DEFAULT, sort, dir })).map((r) => r.sorts['order']);

	it.each([
		['order', 'asc', ['0', '1', '2']],
		['title', 'asc', ['1', '0', '2']],
		['due', 'asc', ['1', '0', '2']],
		['due', 'desc', ['2', '0', '1']],
		['status', 'asc', ['1', '0', '2']],
		['status', 'desc', ['2', '0', '1']],
	] as const)(
		'sorts by %s %s (numbers numerically, text case-insensitively)',
		(sort, dir, expected) => {
			expect(orderOf(sort, dir)).toEqual(expected);
		},
	);

	it('keeps the server order for ties', () => {
		const tied = [row({}, { order: '1', title: 'a' }), row({}, { order: '0', title: 'A' })];
		expect(
			tied.sort(compareRows({ ...DEFAULT, sort: 'title' })).map((r) => r.sorts['order']),
		).toEqual(['0', '1']);
	});
});

it('countMessage() says how many are shown', () => {
	expect(countMessage(11, 11, 'requirements')).toBe('Showing all 11 requirements.');
	expect(countMessage(3, 106, 'sources')).toBe('Showing 3 of 106 sources.');
});
