/**
 * The timeline's overview strip: the whole history as bars of events per month, the deadlines
 * as lines, and a brush over the range the chart shows. Dragging the brush asks the chart to show
 * that range; the chart moves the brush back with `sync` after each zoom or pan.
 */
import { brushX } from 'd3-brush';
import { select } from 'd3-selection';
import { utcMonth } from 'd3-time';
import type { IsoDay } from '../../lib/dates.ts';
import { domainMs, timeScale } from '../../lib/timeline/layout.ts';
import type { TimelineDeadline, TimelineItem } from '../../lib/timeline/model.ts';
import { monthCounts } from '../../lib/timeline/months.ts';

export interface OverviewInput {
	items: readonly TimelineItem[];
	deadlines: readonly TimelineDeadline[];
	/** The whole history, as days. */
	range: readonly [IsoDay, IsoDay];
	/** Drawing width and plot edges, the same as the chart's. */
	width: number;
	x0: number;
	x1: number;
}

export interface Overview {
	/** Moves the brush to `interval` (ms) without asking the chart to follow. */
	sync(interval: readonly [number, number]): void;
}

/** Draws the strip into `host` (replacing what was there); `onBrush` gets the chosen interval. */
export function drawOverview(
	host: HTMLElement,
	input: OverviewInput,
	onBrush: (interval: [number, number]) => void,
): Overview {
	host.replaceChildren();
	host.hidden = false;
	const { width, x0, x1 } = input;
	const scale = timeScale(domainMs(input.range), x0, x1);
	const svg = select(host)
		.append('svg')
		.attr('viewBox', `0 0 ${width} 44`)
		.attr('preserveAspectRatio', 'none')
		.attr('class', 'timeline-svg overview-svg')
		.attr('aria-label', 'Overview: drag to choose the range shown above')
		.attr('role', 'group');
	// Event density: a bar per month, as tall as its share of the busiest month.
	const months = monthCounts(input.items, [], input.range);
	const most = Math.max(1, ...months.map((m) => m.count));
	const monthX = (month: string, next = 0) =>
		scale(utcMonth.offset(new Date(`${month}-01T00:00:00Z`), next));
	svg
		.append('g')
		.attr('aria-hidden', 'true')
		.selectAll('rect')
		.data(months.filter((m) => m.count > 0))
		.join('rect')
		.attr('class', 'overview-bar')
		.attr('x', (d) => monthX(d.month) + 0.5)
		.attr('width', (d) => Math.max(1, monthX(d.month, 1) - monthX(d.month) - 1))
		.attr('y', (d) => 40 - (34 * d.count) / most)
		.attr('height', (d) => (34 * d.count) / most);
	svg
		.append('g')
		.attr('aria-hidden', 'true')
		.selectAll('line')
		.data(input.deadlines)
		.join('line')
		.attr('class', 'overview-deadline')
		.attr('x1', (d) => scale(new Date(`${d.date}T12:00:00Z`)))
		.attr('x2', (d) => scale(new Date(`${d.date}T12:00:00Z`)))
		.attr('y1', 2)
		.attr('y2', 42);
	svg.append('text').attr('x', 6).attr('y', 26).attr('class', 'lane-label').text('Overview');

	let syncing = false;
	const brush = brushX<unknown>()
		.extent([
			[x0, 2],
			[x1, 42],
		])
		.on('brush end', (event) => {
			if (syncing || !event.sourceEvent || !event.selection) return;
			const [a, b] = event.selection as [number, number];
			onBrush([scale.invert(a).getTime(), scale.invert(b).getTime()]);
		});
	const group = svg.append('g').attr('class', 'brush').call(brush);
	return {
		sync([a, b]) {
			syncing = true;
			group.call(brush.move, [scale(new Date(a)), scale(new Date(b))]);
			syncing = false;
		},
	};
}
