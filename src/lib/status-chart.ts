/**
 * The status-over-time chart as plain data: how many requirements were in each status on every
 * day from the order to the build date, merged into runs of days with the same counts, plus the
 * deadlines and evidence dates to mark. Layout is computed here; rendering only draws it. Pure.
 */
import { addDays, daysBetween, type IsoDay } from './dates.ts';
import { dueDate } from './order.ts';
import type { Milestone } from './site-data.ts';
import { computeStatus, STATUS_KINDS, type StatusKind } from './status.ts';

/** Days in a row with the same count per status. */
export interface StatusRun {
	from: IsoDay;
	to: IsoDay;
	counts: Record<StatusKind, number>;
}

type Input = Pick<Milestone, 'deadline' | 'classified' | 'evidence' | 'lastChecked'>;

/** Counts per status for each day of [orderDate, buildDate], as runs of equal counts. */
export function statusRuns(
	milestones: readonly Input[],
	orderDate: IsoDay,
	buildDate: IsoDay,
): StatusRun[] {
	const runs: StatusRun[] = [];
	for (let day = orderDate; daysBetween(day, buildDate) >= 0; day = addDays(day, 1)) {
		const counts = Object.fromEntries(STATUS_KINDS.map((k) => [k, 0])) as Record<
			StatusKind,
			number
		>;
		for (const m of milestones) counts[computeStatus(m, orderDate, day).kind] += 1;
		const last = runs.at(-1);
		if (last && STATUS_KINDS.every((k) => last.counts[k] === counts[k])) last.to = day;
		else runs.push({ from: day, to: day, counts });
	}
	return runs;
}

/** One drawn band: a status over a run of days, in chart units. */
interface Band {
	kind: StatusKind;
	x: number;
	width: number;
	y: number;
	height: number;
}

/** A marked day on the time axis. */
interface Mark {
	day: IsoDay;
	x: number;
	label: string;
}

/** The chart's layout in a `width` × `height` box with room for axis labels. */
export interface ChartLayout {
	width: number;
	height: number;
	plot: { left: number; top: number; right: number; bottom: number };
	bands: Band[];
	deadlines: Mark[];
	evidence: Mark[];
	total: number;
}

/** Layout of `runs`: stacked bands (STATUS_KINDS order from the bottom), deadlines, evidence days. */
export function chartLayout(
	runs: readonly StatusRun[],
	milestones: readonly Pick<Milestone, 'deadline' | 'evidence'>[],
	orderDate: IsoDay,
	buildDate: IsoDay,
	width = 360,
	height = 190,
): ChartLayout {
	const plot = { left: 28, top: 26, right: width - 8, bottom: height - 22 };
	const span = Math.max(1, daysBetween(orderDate, buildDate) + 1);
	const x = (day: IsoDay) =>
		plot.left + (daysBetween(orderDate, day) / span) * (plot.right - plot.left);
	const total = milestones.length;
	const unit = (plot.bottom - plot.top) / Math.max(1, total);
	const bands: Band[] = [];
	for (const run of runs) {
		let y = plot.bottom;
		const x0 = x(run.from);
		const x1 = x(addDays(run.to, 1));
		for (const kind of STATUS_KINDS) {
			const n = run.counts[kind];
			if (n === 0) continue;
			y -= n * unit;
			bands.push({ kind, x: x0, width: x1 - x0, y, height: n * unit });
		}
	}
	const inRange = (d: IsoDay) => daysBetween(orderDate, d) >= 0 && daysBetween(d, buildDate) >= 0;
	const dues = [
		...new Set(milestones.map((m) => dueDate(m.deadline, orderDate)).filter((d) => d !== null)),
	]
		.filter(inRange)
		.sort();
	const deadlines = dues.map((day) => ({
		day,
		x: x(day),
		label: `${daysBetween(orderDate, day)}-day deadline`,
	}));
	const evidenceDays = [...new Set(milestones.flatMap((m) => m.evidence.map((e) => e.date)))]
		.filter(inRange)
		.sort();
	const evidence = evidenceDays.map((day) => ({ day, x: x(day), label: 'evidence dated' }));
	return { width, height, plot, bands, deadlines, evidence, total };
}
