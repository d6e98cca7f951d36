/**
 * Events per calendar month, for the overview strip's density bars and the phone's month map.
 * Pure: months are `YYYY-MM` strings in UTC.
 */
import { formatDay, type IsoDay } from '../dates.ts';
import type { TimelineDeadline, TimelineItem } from './model.ts';

/** One month: how many items start in it and which deadlines fall in it. */
export interface MonthCount {
	/** `YYYY-MM`. */
	month: string;
	/** "July 2026". */
	label: string;
	count: number;
	deadlines: TimelineDeadline[];
}

/** The months from `range[0]` to `range[1]` (inclusive), each with its count; empty months kept. */
export function monthCounts(
	items: readonly TimelineItem[],
	deadlines: readonly TimelineDeadline[],
	range: readonly [IsoDay, IsoDay],
): MonthCount[] {
	const months: MonthCount[] = [];
	let [year, month] = range[0].split('-').map(Number) as [number, number];
	const last = range[1].slice(0, 7);
	for (;;) {
		const key = `${year}-${String(month).padStart(2, '0')}`;
		if (key > last) break;
		months.push({ month: key, label: formatDay(`${key}-01`, 'month'), count: 0, deadlines: [] });
		[year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
	}
	const byMonth = new Map(months.map((m) => [m.month, m]));
	for (const item of items) {
		const entry = byMonth.get(item.start.slice(0, 7));
		if (entry) entry.count++;
	}
	for (const d of deadlines) byMonth.get(d.date.slice(0, 7))?.deadlines.push(d);
	return months;
}
