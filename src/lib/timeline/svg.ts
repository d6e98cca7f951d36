/**
 * The timeline as a static SVG string, from a layout. The picture is one image for assistive
 * technology (`role="img"` with a title and description); the dated list beside it carries the
 * same events as text.
 */
import type { Layout } from './layout.ts';
import type { TimelineItem } from './model.ts';

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (value: number) => String(Math.round(value * 10) / 10);

/** SVG markup for `layout`; `items` supply each placed item's confidence and precision. */
export function timelineSvg(
	layout: Layout,
	items: readonly TimelineItem[],
	text: { id: string; title: string; description: string },
): string {
	const byId = new Map(items.map((i) => [i.id, i]));
	const { x0, x1, top, height } = layout;
	const bottom = layout.lanesBottom;
	const parts: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" class="timeline-svg" viewBox="0 0 ${n(layout.width)} ${n(height)}" role="img" aria-labelledby="${text.id}-title ${text.id}-desc">`,
		`<title id="${text.id}-title">${escape(text.title)}</title>`,
		`<desc id="${text.id}-desc">${escape(text.description)}</desc>`,
		'<g class="lanes">',
		...layout.lanes.map(
			(l, i) =>
				`<rect class="lane lane-${i % 2 ? 'odd' : 'even'}" x="0" y="${n(l.y)}" width="${n(layout.width)}" height="${n(l.height)}"/>` +
				`<text class="lane-label" x="6" y="${n(l.y + 16)}">${escape(l.label)}</text>`,
		),
		'</g>',
		'<g class="bands">',
		...layout.bands.map(
			(b) =>
				`<rect class="band" data-band="${b.id}" x="${n(b.x0)}" y="${top}" width="${n(Math.max(0, b.x1 - b.x0))}" height="${n(bottom - top)}"/>`,
		),
		'</g>',
		'<g class="axis">',
		...layout.ticks.map(
			(t) =>
				`<line class="tick${t.major ? ' major' : ''}" x1="${n(t.x)}" x2="${n(t.x)}" y1="${top - 6}" y2="${n(bottom)}"/>` +
				`<text class="tick-label" x="${n(t.x + 3)}" y="${top - 10}">${escape(t.label)}</text>`,
		),
		'</g>',
		'<g class="markers">',
		...layout.markers.map((m, i) => {
			const y = layout.lanesBottom + 12 + i * 14;
			const line = `<line class="marker marker-${m.kind}" x1="${n(m.x)}" x2="${n(m.x)}" y1="${top}" y2="${n(y - 9)}"/>`;
			const anchor = m.x > x1 - 160 ? ` text-anchor="end" x="${n(m.x - 3)}"` : ` x="${n(m.x + 3)}"`;
			return `${line}<text class="marker-label marker-${m.kind}"${anchor} y="${n(y)}">${escape(m.label)}</text>`;
		}),
		'</g>',
		'<g class="events">',
		...layout.items.map((p) => {
			const item = byId.get(p.id);
			const cls = `event conf-${item?.confidence ?? 'secondary'} prec-${item?.precision ?? 'day'}`;
			const span =
				p.x2 !== null
					? `<rect class="span" x="${n(p.x)}" y="${n(p.y - 3)}" width="${n(Math.max(2, p.x2 - p.x))}" height="6" rx="3"/>`
					: '';
			const label =
				p.label === null
					? ''
					: p.labelSide === 'left'
						? `<text class="event-label" x="${n(p.x - 9)}" y="${n(p.y + 4)}" text-anchor="end">${escape(p.label)}</text>`
						: `<text class="event-label" x="${n((p.x2 ?? p.x) + 9)}" y="${n(p.y + 4)}">${escape(p.label)}</text>`;
			return `<g class="${cls}" data-id="${p.id}">${span}<circle cx="${n(p.x)}" cy="${n(p.y)}" r="5"/>${label}</g>`;
		}),
		'</g>',
		`<line class="plot-edge" x1="${n(x0)}" x2="${n(x0)}" y1="${top}" y2="${n(bottom)}"/>`,
		`<line class="plot-edge" x1="${n(x1)}" x2="${n(x1)}" y1="${top}" y2="${n(bottom)}"/>`,
		'</svg>',
	];
	return parts.join('\n');
}
