/**
 * Calendar-day arithmetic and formatting. Every date in the tracker is a UTC calendar day written
 * `YYYY-MM-DD`; nothing here reads the local time zone or the clock.
 */

/** A calendar day in ISO form, `YYYY-MM-DD`. */
export type IsoDay = string;

/** How precisely a date is known. */
export type DatePrecision = 'day' | 'month' | 'approximate';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when `value` is `YYYY-MM-DD` and names a day that exists (no Feb 30, no month 13). */
export function isIsoDay(value: string): boolean {
	const match = ISO_DAY.exec(value);
	if (!match) return false;
	const [, y, m, d] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Milliseconds since the epoch at 00:00 UTC on `day`. Throws on anything but a real `YYYY-MM-DD`. */
export function dayToUtcMs(day: IsoDay): number {
	if (!isIsoDay(day)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${day}"`);
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return Date.UTC(y, m - 1, d);
}

/** The UTC calendar day of an instant. */
export function utcDayOf(instant: Date): IsoDay {
	if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid instant');
	return instant.toISOString().slice(0, 10);
}

/** `day` plus `n` calendar days (n may be negative). */
export function addDays(day: IsoDay, n: number): IsoDay {
	if (!Number.isInteger(n)) throw new RangeError(`Day count must be an integer, got ${n}`);
	return utcDayOf(new Date(dayToUtcMs(day) + n * MS_PER_DAY));
}

/** Whole calendar days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: IsoDay, to: IsoDay): number {
	return Math.round((dayToUtcMs(to) - dayToUtcMs(from)) / MS_PER_DAY);
}

/**
 * The date that falls `days` days "after the date of the order". The order's date is day 0, so
 * 30 days after June 2, 2026 is July 2, 2026 (the counting rule every law-firm summary uses).
 */
export function daysAfter(orderDate: IsoDay, days: number): IsoDay {
	return addDays(orderDate, days);
}

const formats = {
	long: new Intl.DateTimeFormat('en-US', {
		timeZone: 'UTC',
		year: 'numeric',
		month: 'long',
		day: 'numeric',
	}),
	weekday: new Intl.DateTimeFormat('en-US', {
		timeZone: 'UTC',
		weekday: 'long',
		year: 'numeric',
		month: 'long',
		day: 'numeric',
	}),
	short: new Intl.DateTimeFormat('en-US', {
		timeZone: 'UTC',
		year: 'numeric',
		month: 'short',
		day: 'numeric',
	}),
	month: new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long' }),
	dayName: new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'long' }),
} as const;

/** Named display styles for `formatDay`. */
export type DayStyle = keyof typeof formats;

/** Formats a calendar day in US English, always in UTC: `long` = "July 2, 2026". */
export function formatDay(day: IsoDay, style: DayStyle = 'long'): string {
	return formats[style].format(new Date(dayToUtcMs(day)));
}

/** Formats a day known only to `precision`: "June 2026" for month, "around June 9, 2026" for approximate. */
export function formatFuzzyDay(day: IsoDay, precision: DatePrecision): string {
	if (precision === 'month') return formatDay(day, 'month');
	if (precision === 'approximate') return `around ${formatDay(day, 'long')}`;
	return formatDay(day, 'long');
}

/** "3 days", "1 day", "0 days": a count of days in words for prose. */
export function dayCount(n: number): string {
	const abs = Math.abs(n);
	return `${abs.toLocaleString('en-US')} ${abs === 1 ? 'day' : 'days'}`;
}

/**
 * Relative phrase between a reference day (usually the build date) and a target:
 * "in 5 days", "today", "3 days ago".
 */
export function relativeDays(target: IsoDay, reference: IsoDay): string {
	const n = daysBetween(reference, target);
	if (n === 0) return 'today';
	return n > 0 ? `in ${dayCount(n)}` : `${dayCount(n)} ago`;
}
