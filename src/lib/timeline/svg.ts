/**
 * The timeline as a static SVG string, from a layout. The picture is one image for assistive
 * technology (`role="img"` with a title and description); the dated list beside it carries the
 * same events as text.
 */
import { escapeXml } from '../xml.ts';
import { MARKER_ROW, type Layout, type PlacedItem } from './layout.ts';
import type { TimelineItem } from './model.ts';

const n = (value: number) => String(Math.round(value * 10) / 10);

/**
 * One event's group. Children are drawn relative to the marker (the group is translated to it),
 * so that a zoom only has to move groups; `data-shape` changes only when the drawing does.
 */
export function eventGroup(p: PlacedItem, item: TimelineItem | undefined): string {
	const cls = `event conf-${item?.confidence ?? 'secondary'} prec-${item?.precision ?? 'day'}`;
	return `<g class="${cls}" data-id="${p.id}" data-shape="${eventShape(p)}" transform="translate(${n(p.x)} ${n(p.y)})">${eventInner(p, item?.title)}</g>`;
}

/** A key for what an event's group draws, apart from its position. */
export function eventShape(p: PlacedItem): string {
	const spanWidth = p.x2 !== null ? Math.round(Math.max(2, p.x2 - p.x) * 10) / 10 : '';
	return escapeXml(`${p.lines.join('\n')}|${p.labelSide ?? ''}|${spanWidth}`);
}

/**
 * The inside of an event's group: optional span bar, marker, optional label of one or two lines.
 * When the label is not the whole `title`, the title is the group's tooltip.
 */
export function eventInner(p: PlacedItem, title?: string): string {
	const spanWidth = p.x2 !== null ? Math.max(2, p.x2 - p.x) : null;
	const span =
		spanWidth !== null
			? `<rect class="span" x="0" y="-3" width="${n(spanWidth)}" height="6" rx="3"/>`
			: '';
	const [x, anchor] =
		p.labelSide === 'left' ? ['-9', ' text-anchor="end"'] : [n((spanWidth ?? 0) + 9), ''];
	const lines = p.lines
		.map((line, k) => `<tspan x="${x}" y="${n(4 + k * p.lineHeight)}">${escapeXml(line)}</tspan>`)
		// A space between the lines, so that the label's text (its accessible name) reads as one.
		.join(' ');
	const label = p.lines.length ? `<text class="event-label"${anchor}>${lines}</text>` : '';
	const whole = title?.replace(/\s+/g, ' ').trim();
	const tooltip = whole && p.label !== whole ? `<title>${escapeXml(whole)}</title>` : '';
	return `${tooltip}${span}<circle cx="0" cy="0" r="5"/>${label}`;
}

/** Everything but the events: lanes, deadline windows, axis, markers and plot edges. */
export function decorations(layout: Layout): string {
	const { x0, x1, top } = layout;
	const bottom = layout.lanesBottom;
	return [
		...layout.lanes.map(
			(l, i) =>
				`<rect class="lane lane-${i % 2 ? 'odd' : 'even'}" x="0" y="${n(l.y)}" width="${n(layout.width)}" height="${n(l.height)}"/>` +
				`<text class="lane-label" x="6" y="${n(l.y + 16)}">${escapeXml(l.label)}</text>`,
		),
		...layout.bands.map(
			(b) =>
				`<rect class="band" data-band="${b.id}" x="${n(b.x0)}" y="${top}" width="${n(Math.max(0, b.x1 - b.x0))}" height="${n(bottom - top)}"/>`,
		),
		...layout.ticks.map(
			(t) =>
				`<line class="tick${t.major ? ' major' : ''}" x1="${n(t.x)}" x2="${n(t.x)}" y1="${top - 6}" y2="${n(bottom)}"/>` +
				`<text class="tick-label" x="${n(t.x + 3)}" y="${top - 10}">${escapeXml(t.label)}</text>`,
		),
		...layout.markers.map((m, i) => {
			const y = layout.lanesBottom + 13 + i * MARKER_ROW;
			const line = `<line class="marker marker-${m.kind}" x1="${n(m.x)}" x2="${n(m.x)}" y1="${top}" y2="${n(y - 9)}"/>`;
			const anchor = m.x > x1 - 160 ? ` text-anchor="end" x="${n(m.x - 3)}"` : ` x="${n(m.x + 3)}"`;
			return `${line}<text class="marker-label marker-${m.kind}"${anchor} y="${n(y)}">${escapeXml(m.label)}</text>`;
		}),
		`<line class="plot-edge" x1="${n(x0)}" x2="${n(x0)}" y1="${top}" y2="${n(bottom)}"/>`,
		`<line class="plot-edge" x1="${n(x1)}" x2="${n(x1)}" y1="${top}" y2="${n(bottom)}"/>`,
	].join('\n');
}

/** SVG markup for `layout`; `items` supply each placed item's confidence and precision. */
export function timelineSvg(
	layout: Layout,
	items: readonly TimelineItem[],
	text: { id: string; title: string; description: string },
): string {
	const byId = new Map(items.map((i) => [i.id, i]));
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" class="timeline-svg" viewBox="0 0 ${n(layout.width)} ${n(layout.height)}" role="img" aria-labelledby="${text.id}-title ${text.id}-desc">`,
		`<title id="${text.id}-title">${escapeXml(text.title)}</title>`,
		`<desc id="${text.id}-desc">${escapeXml(text.description)}</desc>`,
		`<g class="decor">${decorations(layout)}</g>`,
		`<g class="events">${layout.items.map((p) => eventGroup(p, byId.get(p.id))).join('\n')}</g>`,
		'</svg>',
	].join('\n');
}
