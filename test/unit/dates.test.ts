import { describe, expect, it } from 'vitest';
import {
	addDays,
	daysAfter,
	daysBetween,
	formatDay,
	formatFuzzyDay,
	isIsoDay,
	relativeDays,
	utcDayOf,
} from '../../src/lib/dates.ts';

describe('the test process time zone', () => {
	it('is the one the project under test was given, so local-time leaks would show', () => {
		const offset = new Date(Date.UTC(2026, 5, 2, 12)).getTimezoneOffset();
		const expected: Record<string, number> = {
			'America/Los_Angeles': 420,
			'Pacific/Kiritimati': -840,
		};
		expect(offset).toBe(expected[process.env['TZ'] ?? '']);
	});
});

describe('daysAfter() counts the date of the order as day 0', () => {
	it.each([
		[30, '2026-07-02', 'Thursday, July 2, 2026'],
		[60, '2026-08-01', 'Saturday, August 1, 2026'],
		[0, '2026-06-02', 'Tuesday, June 2, 2026'],
		[180, '2026-11-29', 'Sunday, November 29, 2026'],
	])('June 2, 2026 + %i days = %s', (days, iso, words) => {
		const due = daysAfter('2026-06-02', days);
		expect(due).toBe(iso);
		expect(formatDay(due, 'weekday')).toBe(words);
	});
});

describe('isIsoDay()', () => {
	it.each(['2026-06-02', '2024-02-29', '2026-12-31'])('accepts %s', (d) => {
		expect(isIsoDay(d)).toBe(true);
	});
	it.each([
		'2026-02-30',
		'2025-02-29',
		'2026-13-01',
		'2026-6-2',
		'June 2',
		'2026-06-02T00:00Z',
		'',
	])('rejects %j', (d) => {
		expect(isIsoDay(d)).toBe(false);
	});
});

describe('addDays() and daysBetween()', () => {
	it('cross month, year and leap-day boundaries', () => {
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
	});
	it('ignores daylight-saving changes (Nov 1, 2026 in the US)', () => {
		expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
		expect(addDays('2026-10-31', 2)).toBe('2026-11-02');
	});
	it('is signed: later targets are positive', () => {
		expect(daysBetween('2026-06-02', '2026-11-23')).toBe(174);
		expect(daysBetween('2026-11-23', '2026-06-02')).toBe(-174);
	});
	it('rejects a fractional day count and an invalid date', () => {
		expect(() => addDays('2026-06-02', 1.5)).toThrow(/integer/);
		expect(() => addDays('2026-02-30', 1)).toThrow(/2026-02-30/);
	});
});

describe('formatting is in UTC', () => {
	it('utcDayOf() takes the UTC day of an instant late in the Pacific evening', () => {
		expect(utcDayOf(new Date('2026-07-02T23:30:00-08:00'))).toBe('2026-07-03');
		expect(utcDayOf(new Date('2026-07-02T00:30:00+14:00'))).toBe('2026-07-01');
	});
	it('formatDay() styles', () => {
		expect(formatDay('2026-06-05')).toBe('June 5, 2026');
		expect(formatDay('2026-06-05', 'short')).toBe('Jun 5, 2026');
		expect(formatDay('2026-06-05', 'month')).toBe('June 2026');
	});
	it('formatFuzzyDay() says how precise a date is', () => {
		expect(formatFuzzyDay('2026-06-01', 'month')).toBe('June 2026');
		expect(formatFuzzyDay('2026-06-09', 'approximate')).toBe('around June 9, 2026');
		expect(formatFuzzyDay('2026-06-09', 'day')).toBe('June 9, 2026');
	});
	it('relativeDays() reads from a reference day', () => {
		expect(relativeDays('2026-08-01', '2026-08-01')).toBe('today');
		expect(relativeDays('2026-08-02', '2026-08-01')).toBe('in 1 day');
		expect(relativeDays('2026-07-02', '2026-11-23')).toBe('144 days ago');
	});
});
