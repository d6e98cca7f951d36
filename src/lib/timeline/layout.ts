/**
 * Timeline layout as plain numbers: a UTC time scale, ticks, lanes whose events are packed into
 * rows so that no two labels overlap, deadline bands and a build-date marker. Pure and DOM-free:
 * the build renders it as static SVG and the browser recomputes it on zoom.
 */
import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { dayToUtcMs, type IsoDay } from '../dates.ts';
import type { Lane } from '../schemas/event.ts';
import { truncate } from '../site.ts';
import { LABEL_CHARS } from './label.ts';
import type { TimelineDeadline, TimelineItem } from './model.ts';
import { widenLabels } from './widen.ts';

/** Sizes, in SVG user units. */
export interface LayoutOptions {
	width: number;
	/** First and last day shown. */
	domain: readonly [IsoDay, IsoDay];
	/**
	 * The exact visible interval in epoch milliseconds, overriding `domain` (used while zooming,
	 * when the view does not start or end on a day boundary).
	 */
	domainMs?: readonly [number, number];
	/** Lanes shown, top to bottom. */
	lanes: ReadonlyArray<{ id: Lane; short: string }>;
	/** Width of the lane-label gutter on the left. */
	gutter?: number;
	/** Height of a row, which holds one line of label text. */
	rowHeight?: number;
	/** Average width of one label character. */
	charWidth?: number;
	/**
	 * Characters in a line of a label. A longer label wraps to two lines (so labels up to about
	 * twice this show whole); one too long for two is cut at a word, with an ellipsis.
	 */
	lineChars?: number;
	/** Rows per lane that may carry labels; markers beyond them go in extra rows, unlabelled. */
	maxRows?: number;
	/**
	 * Height the drawing may grow to by wrapping labels to two lines; labels stay on one line
	 * where wrapping would pass it (the drawing is then as tall as one-line labels make it).
	 */
	maxHeight?: number;
}

/** An item with its position. */
export interface PlacedItem {
	id: string;
	lane: Lane;
	/** Marker position (start day) and, for spans, the end position. */
	x: number;
	x2: number | null;
	y: number;
	/** The first row the item takes, and how many rows it takes (one per line of its label). */
	row: number;
	rowSpan: number;
	/** Label text as shown (possibly cut), in one string, or null when there is no room for it. */
	label: string | null;
	/** The label's lines, top to bottom; empty when there is no label. */
	lines: string[];
	/** Distance between the baselines of the label's lines (a row's height). */
	lineHeight: number;
	/** Which side of the marker the label is drawn on. */
	labelSide: 'right' | 'left' | null;
	/** Horizontal extent the label occupies, for collision tests. */
	labelStart: number;
	labelEnd: number;
}

interface LaneBox {
	id: Lane;
	label: string;
	y: number;
	height: number;
	rows: number;
}

export interface Tick {
	x: number;
	label: string;
	major: boolean;
}

export interface Band {
	id: string;
	x0: number;
	x1: number;
	label: string;
}

export interface Marker {
	id: string;
	x: number;
	label: string;
	kind: 'deadline' | 'build';
}

export interface Layout {
	width: number;
	height: number;
	/** Plot area: left and right edges, top of the first lane, bottom of the last. */
	x0: number;
	x1: number;
	top: number;
	lanesBottom: number;
	lanes: LaneBox[];
	items: PlacedItem[];
	ticks: Tick[];
	bands: Band[];
	markers: Marker[];
}

const AXIS_HEIGHT = 28;
const LANE_PADDING = 3;
/** Height of each deadline or build-date label's row below the lanes (12 px text and its leading). */
export const MARKER_ROW = 17;

/** The height of the marker labels' rows below the lanes. */
function markerRows(markers: number): number {
	return markers * MARKER_ROW + 8;
}

/** The interval `domain` covers: from the start of its first day to the end of its last day. */
export function domainMs(domain: readonly [IsoDay, IsoDay]): [number, number] {
	return [dayToUtcMs(domain[0]), dayToUtcMs(domain[1]) + 86_400_000];
}

/** A UTC time scale from an interval in epoch milliseconds onto [x0, x1]. */
export function timeScale(interval: readonly [number, number], x0: number, x1: number) {
	return scaleUtc()
		.domain([new Date(interval[0]), new Date(interval[1])])
		.range([x0, x1]);
}

const formatYear = utcFormat('%Y');
const formatMonth = utcFormat('%b');
const formatMonthYear = utcFormat('%b %Y');
const formatDay = utcFormat('%b %-d');

/**
 * About one tick per 90 units. Month and year boundaries are major; the first tick and every
 * January carry the year.
 */
export function layoutTicks(scale: ReturnType<typeof timeScale>): Tick[] {
	const [x0, x1] = scale.range() as [number, number];
	const ticks = scale.ticks(Math.max(2, Math.floor((x1 - x0) / 90)));
	return ticks.map((t, i) => {
		const isYear = utcYear(t).getTime() === t.getTime();
		const isMonth = utcMonth(t).getTime() === t.getTime();
		const label = !isMonth
			? formatDay(t)
			: isYear
				? formatYear(t)
				: i === 0
					? formatMonthYear(t)
					: formatMonth(t);
		return { x: scale(t), label, major: isMonth || utcDay(t).getTime() !== t.getTime() };
	});
}

/**
 * Lays out `items` (any order) in their lanes. Items outside the domain are dropped; items are
 * packed greedily, left to right, into the first row where the marker and label fit; a label
 * takes a row for each of its lines (see `wrapLabel`).
 */
export function layoutTimeline(
	items: readonly TimelineItem[],
	deadlines: readonly TimelineDeadline[],
	orderDate: IsoDay,
	buildDate: IsoDay,
	options: LayoutOptions,
): Layout {
	const {
		width,
		domain,
		lanes,
		gutter = 96,
		rowHeight = 17,
		charWidth = 6.4,
		lineChars = LABEL_CHARS,
		maxRows = 40,
		maxHeight = 790,
	} = options;
	const x0 = gutter;
	const x1 = width - 12;
	const interval = options.domainMs ?? domainMs(domain);
	const scale = timeScale(interval, x0, x1);
	const xOf = (day: IsoDay) => scale(new Date(dayToUtcMs(day)));
	// Items count as visible if any of their days overlaps the interval.
	const from = interval[0] - 86_400_000 + 1;
	const to = interval[1] - 1;
	const visible = items
		.filter((i) => dayToUtcMs(i.end ?? i.start) >= from && dayToUtcMs(i.start) <= to)
		.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));

	const dayWidth =
		xOf(domain[0]) === xOf(domain[1]) ? 0 : (x1 - x0) / ((to - from) / 86_400_000 + 1);
	const placed: PlacedItem[] = [];
	const laneBoxes: LaneBox[] = [];
	const laneLabels = lanes.map((lane) => {
		const laneVisible = visible.filter((i) => i.lane === lane.id);
		return {
			entries: laneVisible.map((item) => ({
				id: item.id,
				x: Math.max(x0, xOf(item.start)),
				x2: item.end ? Math.min(x1, xOf(item.end) + dayWidth) : null,
				lines: [truncate(item.label, lineChars)],
			})),
			labels: laneVisible.map((item) => item.label),
			starts: laneVisible.map((item) => item.start),
		};
	});
	// Labels wrap to two lines wherever the rows that costs keep the drawing within `maxHeight`.
	const fixed = AXIS_HEIGHT + lanes.length * LANE_PADDING * 2 + markerRows(deadlines.length + 1);
	const packs = widenLabels(
		laneLabels,
		{ x0, x1, charWidth, maxRows, lineChars },
		(rows) => (maxHeight - fixed) / rowHeight - rows,
	);
	let y = AXIS_HEIGHT;
	for (const [index, lane] of lanes.entries()) {
		const packed = packs[index]!;
		const entries = laneLabels[index]!.entries;
		const byId = new Map(entries.map((e) => [e.id, e]));
		const laneItems = packed.placed.map((p) => ({
			id: p.id,
			lane: lane.id,
			x: byId.get(p.id)!.x,
			x2: byId.get(p.id)!.x2,
			row: p.row,
			rowSpan: p.rowSpan,
			label: p.lines.length ? p.lines.join(' ') : null,
			lines: [...p.lines],
			lineHeight: rowHeight,
			labelSide: p.side,
			labelStart: p.start,
			labelEnd: p.end,
		}));
		const rows = packed.rows;
		const height = rows * rowHeight + LANE_PADDING * 2;
		for (const item of laneItems) {
			placed.push({ ...item, y: y + LANE_PADDING + item.row * rowHeight + rowHeight / 2 });
		}
		laneBoxes.push({ id: lane.id, label: lane.short, y, height, rows });
		y += height;
	}

	const { ticks, bands, markers } = guides(interval, x0, x1, deadlines, orderDate, buildDate);

	// Marker labels get a row each below the lanes, so they never collide with each other. There
	// is a row for every deadline and the build date, in view or not, so that zooming (which
	// moves markers in and out of view) never changes the height.
	const lanesBottom = y;
	return {
		width,
		height: lanesBottom + markerRows(deadlines.length + 1),
		lanesBottom,
		x0,
		x1,
		top: AXIS_HEIGHT,
		lanes: laneBoxes,
		items: placed,
		ticks,
		bands,
		markers,
	};
}

/**
 * What does not depend on the events: ticks, deadline windows and markers for an interval. Used
 * by `layoutTimeline`, and alone while a zoom gesture is under way.
 */
export function guides(
	interval: readonly [number, number],
	x0: number,
	x1: number,
	deadlines: readonly TimelineDeadline[],
	orderDate: IsoDay,
	buildDate: IsoDay,
): { ticks: Tick[]; bands: Band[]; markers: Marker[] } {
	const scale = timeScale(interval, x0, x1);
	const xOf = (day: IsoDay) => scale(new Date(dayToUtcMs(day)));
	const from = interval[0] - 86_400_000 + 1;
	const to = interval[1] - 1;
	const inDomain = (day: IsoDay) => dayToUtcMs(day) >= from && dayToUtcMs(day) <= to;
	const clampX = (day: IsoDay) => Math.min(x1, Math.max(x0, xOf(day)));
	const bands: Band[] = deadlines
		.filter((d) => dayToUtcMs(d.date) >= from && dayToUtcMs(orderDate) <= to)
		.map((d) => ({
			id: `band-${d.days}`,
			x0: clampX(orderDate),
			x1: clampX(d.date),
			label: `${d.days}-day window`,
		}));
	const markers: Marker[] = [
		...deadlines
			.filter((d) => inDomain(d.date))
			.map((d) => ({ id: d.id, x: xOf(d.date), label: d.label, kind: 'deadline' as const })),
		...(inDomain(buildDate)
			? [{ id: 'build-date', x: xOf(buildDate), label: 'Build date', kind: 'build' as const }]
			: []),
	];
	// A tick label needs about 40 units: drop ticks whose label would run past the plot.
	return { ticks: layoutTicks(scale).filter((t) => t.x <= x1 - 40), bands, markers };
}
