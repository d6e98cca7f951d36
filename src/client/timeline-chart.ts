/**
 * `<timeline-chart>`: turns the static timeline picture into an interactive one. It recomputes
 * the same pure layout as the build on every zoom, so labels never overlap at any scale, and owns
 * zoom and pan (mouse, touch, keyboard), lane filters, selection and the view in the URL. The
 * overview strip, the wheel hint, the details panel and the key map are modules of their own in
 * `./timeline/`.
 */
import { select } from 'd3-selection';
import {
	zoom,
	zoomIdentity,
	type D3ZoomEvent,
	type ZoomBehavior,
	type ZoomTransform,
} from 'd3-zoom';
import { utcDayOf, type IsoDay } from '../lib/dates.ts';
import {
	domainMs,
	guides,
	layoutTimeline,
	timeScale,
	type Layout,
	type PlacedItem,
} from '../lib/timeline/layout.ts';
import { LANES, type TimelineDeadline, type TimelineItem } from '../lib/timeline/model.ts';
import { decorations, eventGroup, eventInner, eventShape } from '../lib/timeline/svg.ts';
import { parseView, viewQuery } from '../lib/timeline/url-state.ts';
import { clearEventDetails, showEventDetails } from './timeline/details.ts';
import { keyIntent } from './timeline/keys.ts';
import { drawOverview, type Overview } from './timeline/overview.ts';
import { MarkerProxy } from './timeline/proxy.ts';
import { showWheelHint } from './timeline/wheel-hint.ts';

/** A drawn event: its group, start (ms), row and translate, and where it was last put. */
interface Mark {
	g: SVGGElement;
	hidden: boolean;
	t: number;
	y: number;
	translate: SVGTransform;
	x: number;
}

interface Payload {
	items: TimelineItem[];
	deadlines: TimelineDeadline[];
	range: [IsoDay, IsoDay];
	/** The view the chart opens on (the order's story), within `range`. */
	story: [IsoDay, IsoDay];
	orderDate: IsoDay;
	buildDate: IsoDay;
	width: number;
}

const DAY_MS = 86_400_000;
const MIN_SPAN_MS = 10 * DAY_MS;
/** The first and last whole days of an interval in ms (its ends rounded to the nearest day). */
function dayRange([a, b]: readonly [number, number]): [IsoDay, IsoDay] {
	const round = (t: number) => Math.round(t / DAY_MS) * DAY_MS;
	return [utcDayOf(new Date(round(a))), utcDayOf(new Date(round(b) - DAY_MS))];
}
/**
 * Above this many drawn events, a zoom (a pointer gesture until it ends, key and button steps
 * until they pause) draws the markers as one path in place of the events: moving thousands of
 * SVG groups and their labels costs the browser more layout per frame than a frame allows.
 */
const PROXY_THRESHOLD = 400;
/** Pause after a key or button zoom step before rows and labels are repacked. */
const REPACK_DELAY_MS = 160;

/**
 * An event's accessible name. It starts with the visible label, when there is one, so that
 * speech users can say what they see (WCAG 2.5.3), then gives the date and the full title.
 */
function accessibleName(p: PlacedItem, item: TimelineItem | undefined): string {
	const title = (item?.title ?? p.id).replace(/\s+/g, ' ').trim();
	const date = item?.start ?? '';
	if (p.label === title) return `${title} (${date})`;
	return p.label ? `${p.label} (${date}: ${title})` : `${date}: ${title}`;
}

class TimelineChart extends HTMLElement {
	#data!: Payload;
	#canvas!: HTMLElement;
	#details!: HTMLElement;
	#lanes = new Set<string>(LANES.map((l) => l.id));
	#transform: ZoomTransform = zoomIdentity;
	#zoom!: ZoomBehavior<SVGSVGElement, unknown>;
	#overview: Overview | undefined;
	#selected: string | null = null;
	#layout!: Layout;
	#urlTimer: ReturnType<typeof setTimeout> | undefined;
	/** Each event's start in ms, for repositioning during a gesture. */
	#starts = new Map<string, number>();
	/** The drawn events with their transform, so a gesture step touches no selector or string. */
	#marks: Mark[] = [];
	#frame = 0;
	/** The stand-in drawn in place of the events during a zoom on a crowded chart, or null. */
	#proxy: MarkerProxy | null = null;
	/**
	 * Width of the drawing in SVG units: the chart's width on screen in CSS pixels, so text is drawn
	 * at its stylesheet size at any screen width (the static picture is scaled from 1100 units).
	 */
	#width = 1100;
	#repackTimer: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		const json = this.querySelector('script.timeline-data')?.textContent;
		const canvas = this.querySelector<HTMLElement>('.canvas');
		const details = this.querySelector<HTMLElement>('.details');
		if (!json || !canvas || !details) return;
		this.#data = JSON.parse(json) as Payload;
		for (const i of this.#data.items) this.#starts.set(i.id, Date.parse(`${i.start}T00:00:00Z`));
		this.#canvas = canvas;
		this.#details = details;
		this.#width = this.#measuredWidth();
		details.hidden = false;
		for (const fieldset of this.querySelectorAll('fieldset')) fieldset.disabled = false;

		const view = parseView(
			new URLSearchParams(location.search),
			LANES.map((l) => l.id),
		);
		if (view.lanes) this.#lanes = new Set(view.lanes);
		for (const box of this.querySelectorAll<HTMLInputElement>('input[name="lane"]')) {
			box.checked = this.#lanes.has(box.value);
		}
		// The first drawing already shows the view the URL asks for: the order's story by default.
		const opening =
			view.from && view.to
				? domainMs([view.from, view.to])
				: view.whole
					? domainMs(this.#data.range)
					: domainMs(this.#data.story);
		this.#render(opening);
		this.#setUpZoom();
		this.#setUpOverview();
		this.#setUpControls();
		if (!view.whole) this.#showInterval(opening);
		this.#openFromHash(false);
		window.addEventListener('hashchange', () => this.#openFromHash(true));
		new ResizeObserver(() => this.#onResize()).observe(canvas);
	}

	/** The canvas's inner width, within the range the layout reads well at. */
	#measuredWidth(): number {
		return Math.round(Math.min(1600, Math.max(640, this.#canvas.clientWidth || this.#data.width)));
	}

	/** Redraws at the new width, showing the same interval; the overview is redrawn to match. */
	#onResize() {
		const width = this.#measuredWidth();
		if (Math.abs(width - this.#width) < 8 || !this.#zoom) return;
		const interval = this.#interval();
		this.#width = width;
		this.#render(interval);
		const extent: [[number, number], [number, number]] = [
			[this.#layout.x0, 0],
			[this.#layout.x1, 0],
		];
		this.#zoom.extent(extent).translateExtent(extent);
		this.#setUpOverview();
		this.#showInterval(interval);
	}

	/** The full range in ms and the plot's x extent, as at the build. */
	get #base() {
		const full = domainMs(this.#data.range);
		const scale = timeScale(full, this.#layout.x0, this.#layout.x1);
		return { full, scale };
	}

	#interval(): [number, number] {
		const { scale } = this.#base;
		const [a, b] = this.#transform.rescaleX(scale).domain();
		return [a!.getTime(), b!.getTime()];
	}

	#render(opening?: [number, number]) {
		const lanes = LANES.filter((l) => this.#lanes.has(l.id));
		const items = this.#data.items.filter((i) => this.#lanes.has(i.lane));
		const interval = opening ?? this.#interval();
		this.#layout = layoutTimeline(
			items,
			this.#data.deadlines,
			this.#data.orderDate,
			this.#data.buildDate,
			{
				width: this.#width,
				domain: this.#data.range,
				domainMs: interval,
				lanes,
			},
		);
		const svg = this.#canvas.querySelector('svg')!;
		if (svg.getAttribute('role') === 'img') {
			// Interactive from now on: a group of focusable events rather than a single image.
			svg.setAttribute('role', 'group');
			svg.setAttribute('aria-label', 'Interactive timeline');
			svg.removeAttribute('aria-labelledby');
		}
		svg.setAttribute('viewBox', `0 0 ${this.#width} ${this.#layout.height}`);
		svg.querySelector('g.decor')!.innerHTML = decorations(this.#layout);
		this.#updateEvents(svg.querySelector('g.events')!, items);
	}

	/**
	 * Moves markers and guides to the current zoom without repacking rows. Only events whose x
	 * changes are touched, through their SVGTransform, so a step costs little beyond the browser's
	 * own layout even with thousands of events.
	 */
	#reposition() {
		this.#frame = 0;
		const [x0, x1] = [this.#layout.x0, this.#layout.x1];
		const interval = this.#interval();
		const svg = this.#svg();
		const { ticks, bands, markers } = guides(
			interval,
			x0,
			x1,
			this.#data.deadlines,
			this.#data.orderDate,
			this.#data.buildDate,
		);
		// The height keeps a row for every marker, in view or not, so a zoom step never changes the
		// viewBox: a new one lays out every label in the drawing again, and the page below it.
		svg.querySelector('g.decor')!.innerHTML = decorations({
			...this.#layout,
			ticks,
			bands,
			markers,
		});
		// The time scale is affine: x = a·t + b.
		const a = (x1 - x0) / (interval[1] - interval[0]);
		const b = x0 - a * interval[0];
		if (this.#proxy) {
			this.#proxy.draw(this.#marks, a, b, x0, x1);
			return;
		}
		for (const mark of this.#marks) {
			const x = Math.round((a * mark.t + b) * 10) / 10;
			// Events outside the plot are hidden rather than moved: they cost no layout.
			const hidden = x < x0 - 1 || x > x1 + 1;
			if (hidden !== mark.hidden) {
				mark.hidden = hidden;
				mark.g.style.display = hidden ? 'none' : '';
			}
			if (hidden || x === mark.x) continue;
			mark.x = x;
			mark.translate.setTranslate(x, mark.y);
		}
	}

	#startProxy() {
		if (!this.#proxy && this.#marks.length > PROXY_THRESHOLD)
			this.#proxy = new MarkerProxy(this.#svg());
	}

	#endProxy() {
		this.#proxy?.remove();
		this.#proxy = null;
	}

	/** Repositions on the next animation frame; several zoom events in one frame cost one update. */
	#scheduleReposition() {
		if (!this.#frame) this.#frame = requestAnimationFrame(() => this.#reposition());
	}

	/**
	 * Moves, adds and removes event groups by id, so that focus and selection survive a zoom and
	 * only groups whose drawing changed are rewritten.
	 */
	#updateEvents(host: SVGGElement, items: readonly TimelineItem[]) {
		const byId = new Map(items.map((i) => [i.id, i]));
		const existing = new Map<string, SVGGElement>();
		for (const g of host.querySelectorAll<SVGGElement>('g.event'))
			existing.set(g.dataset['id']!, g);
		const placed = new Set(this.#layout.items.map((p) => p.id));
		const current = this.#selected ?? this.#order().find((id) => placed.has(id));
		for (const p of this.#layout.items) {
			let g = existing.get(p.id);
			existing.delete(p.id);
			if (!g) {
				const template = document.createElementNS('http://www.w3.org/2000/svg', 'g');
				template.innerHTML = eventGroup(p, byId.get(p.id));
				g = template.firstElementChild as SVGGElement;
				g.setAttribute('role', 'button');
				g.setAttribute('aria-label', accessibleName(p, byId.get(p.id)));
				host.append(g);
			} else {
				g.setAttribute(
					'transform',
					`translate(${Math.round(p.x * 10) / 10} ${Math.round(p.y * 10) / 10})`,
				);
				const shape = eventShape(p);
				if (g.dataset['shape'] !== shape) {
					g.innerHTML = eventInner(p, byId.get(p.id)?.title);
					g.dataset['shape'] = shape;
					g.setAttribute('aria-label', accessibleName(p, byId.get(p.id)));
				} else if (!g.hasAttribute('role')) {
					// A group from the static picture, drawn the same: it becomes a named button too.
					g.setAttribute('aria-label', accessibleName(p, byId.get(p.id)));
				}
				if (!g.hasAttribute('role')) g.setAttribute('role', 'button');
			}
			g.setAttribute('tabindex', p.id === current ? '0' : '-1');
			if (p.id === this.#selected) g.setAttribute('aria-current', 'true');
			else g.removeAttribute('aria-current');
		}
		for (const g of existing.values()) g.remove();
		this.#marks = [];
		for (const g of host.querySelectorAll<SVGGElement>('g.event')) {
			const t = this.#starts.get(g.dataset['id']!);
			const translate = g.transform.baseVal.numberOfItems ? g.transform.baseVal.getItem(0) : null;
			if (t === undefined || !translate) continue;
			g.style.display = '';
			this.#marks.push({
				g,
				hidden: false,
				t,
				y: translate.matrix.f,
				translate,
				x: translate.matrix.e,
			});
		}
	}

	/** Repacks rows and labels for the current view and moves the overview's brush to it. */
	#repack() {
		clearTimeout(this.#repackTimer);
		this.#repackTimer = undefined;
		this.#endProxy();
		this.#render();
		this.#syncBrush();
		this.#svg().removeAttribute('aria-busy');
	}

	/** Repacks once no step has come for `REPACK_DELAY_MS`; the drawing is marked busy until then. */
	#deferRepack() {
		clearTimeout(this.#repackTimer);
		this.#svg().setAttribute('aria-busy', 'true');
		this.#repackTimer = setTimeout(() => this.#repack(), REPACK_DELAY_MS);
	}

	#svg(): SVGSVGElement {
		return this.#canvas.querySelector('svg')!;
	}

	#setUpZoom() {
		const svg = this.#svg();
		const { full } = this.#base;
		const maxK = Math.max(1, (full[1] - full[0]) / MIN_SPAN_MS);
		this.#zoom = zoom<SVGSVGElement, unknown>()
			.scaleExtent([1, maxK])
			.translateExtent([
				[this.#layout.x0, 0],
				[this.#layout.x1, 0],
			])
			.extent([
				[this.#layout.x0, 0],
				[this.#layout.x1, 0],
			])
			// A plain wheel scrolls the page, as over an embedded map; Ctrl or ⌘ with the wheel (and a
			// trackpad pinch, which browsers send as a wheel with Ctrl) zooms. Drags start off events.
			.filter((event: Event) =>
				event.type === 'wheel'
					? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey
					: !(event as MouseEvent).button && !(event.target as Element).closest?.('g.event'),
			)
			// While a gesture is under way only positions move; rows and labels are repacked (so
			// that no label overlaps another) once it ends.
			// Key and button steps end at once; their stand-in lasts until the repack once they pause.
			.on('start', () => this.#startProxy())
			.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
				this.#transform = event.transform;
				this.#scheduleReposition();
			})
			.on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
				// A pointer gesture is over: repack now. A key or button step ends at once, and keys
				// repeat: it only moves the marks (next frame), and rows and labels are repacked once
				// the steps pause, so each step stays within a frame even with thousands of events.
				if (event.sourceEvent) {
					cancelAnimationFrame(this.#frame);
					this.#frame = 0;
					this.#repack();
				} else {
					this.#scheduleReposition();
					this.#deferRepack();
				}
				this.#scheduleUrl();
			});
		select(svg).call(this.#zoom);
		const hint = this.querySelector<HTMLElement>('.wheel-hint');
		if (hint) showWheelHint(svg, hint);
		// While the stand-in is drawn the events are transparent, and not what the pointer is on.
		svg.addEventListener('click', (e) => {
			const g = (e.target as Element).closest<SVGGElement>('g.event');
			if (g && !this.#proxy) this.#select(g.dataset['id']!, true);
		});
		svg.addEventListener('mouseover', (e) => {
			const g = (e.target as Element).closest<SVGGElement>('g.event');
			if (g && !this.#selected && !this.#proxy) showEventDetails(this.#details, g.dataset['id']!);
		});
		svg.addEventListener('focusin', (e) => {
			const g = (e.target as Element).closest<SVGGElement>('g.event');
			if (g) this.#select(g.dataset['id']!, false);
		});
		svg.addEventListener('keydown', (e) => this.#onKey(e));
		this.#canvas.addEventListener('keydown', (e) => {
			if (e.target === this.#canvas) this.#onKey(e);
		});
	}

	#setUpOverview() {
		const host = this.querySelector<HTMLElement>('.overview');
		if (!host) return;
		this.#overview = drawOverview(
			host,
			{ ...this.#data, width: this.#width, x0: this.#layout.x0, x1: this.#layout.x1 },
			(interval) => this.#showInterval(interval),
		);
		this.#syncBrush();
	}

	#syncBrush() {
		this.#overview?.sync(this.#interval());
	}

	/** Zooms so that `interval` (ms or days) fills the plot. */
	#showInterval(interval: readonly [number | IsoDay, number | IsoDay]) {
		const toMs = (v: number | IsoDay) => (typeof v === 'number' ? v : Date.parse(`${v}T00:00:00Z`));
		let [a, b] = [toMs(interval[0]), toMs(interval[1])];
		if (b - a < MIN_SPAN_MS)
			[a, b] = [(a + b) / 2 - MIN_SPAN_MS / 2, (a + b) / 2 + MIN_SPAN_MS / 2];
		const { scale } = this.#base;
		const [px0, px1] = [scale(new Date(a)), scale(new Date(b))];
		const k = (this.#layout.x1 - this.#layout.x0) / Math.max(1, px1 - px0);
		const t = zoomIdentity.translate(this.#layout.x0, 0).scale(k).translate(-px0, 0);
		select(this.#svg()).call(this.#zoom.transform, t);
	}

	#setUpControls() {
		for (const box of this.querySelectorAll<HTMLInputElement>('input[name="lane"]')) {
			box.addEventListener('change', () => {
				if (box.checked) this.#lanes.add(box.value);
				else this.#lanes.delete(box.value);
				this.#render();
				this.#scheduleUrl();
			});
		}
		for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-zoom]')) {
			button.addEventListener('click', () => {
				const action = button.dataset['zoom'];
				if (action === 'reset') this.#reset();
				else if (action === 'all') select(this.#svg()).call(this.#zoom.transform, zoomIdentity);
				else if (action === 'earlier' || action === 'later')
					this.#panBy(action === 'earlier' ? -0.5 : 0.5);
				else this.#zoomBy(action === 'in' ? 2 : 0.5);
			});
		}
	}

	#reset() {
		this.#lanes = new Set(LANES.map((l) => l.id));
		for (const box of this.querySelectorAll<HTMLInputElement>('input[name="lane"]'))
			box.checked = true;
		this.#selected = null;
		this.#showInterval(domainMs(this.#data.story));
		clearEventDetails(this.#details);
		history.replaceState(null, '', location.pathname);
	}

	/**
	 * Zooms around an event: the one given, else the selected one, else the middle event of
	 * those in view, so a step never lands on an empty stretch.
	 */
	#zoomBy(factor: number, aroundId?: string) {
		const { x0, x1 } = this.#layout;
		// Where events are now: between steps and the repack after them, the layout's positions
		// are those of the last repack.
		const [from, to] = this.#interval();
		const xOf = (t: number) => x0 + ((t - from) * (x1 - x0)) / (to - from);
		const inPlot = (x: number) => x >= x0 && x <= x1;
		const id = aroundId ?? this.#selected;
		const own = id ? this.#starts.get(id) : undefined;
		const inView = this.#marks
			.map((m) => xOf(m.t))
			.filter(inPlot)
			.sort((a, b) => a - b);
		const x =
			own !== undefined && inPlot(xOf(own))
				? xOf(own)
				: (inView[Math.floor(inView.length / 2)] ?? (x0 + x1) / 2);
		select(this.#svg()).call(this.#zoom.scaleBy, factor, [x, 0]);
	}

	#panBy(fraction: number) {
		const dx = (this.#layout.x1 - this.#layout.x0) * fraction;
		select(this.#svg()).call(this.#zoom.translateBy, -dx / this.#transform.k, 0);
	}

	/** Visible events in time order. */
	#order(): string[] {
		return this.#data.items.filter((i) => this.#lanes.has(i.lane)).map((i) => i.id);
	}

	#onKey(e: KeyboardEvent) {
		const current =
			(e.target as Element).closest?.<SVGGElement>('g.event')?.dataset['id'] ?? this.#selected;
		const intent = keyIntent(e.key, e.shiftKey, this.#order(), current);
		if (!intent) return;
		e.preventDefault();
		if (intent.kind === 'move') {
			this.#ensureVisible(intent.to);
			this.#canvas
				.querySelector<SVGGElement>(`g.event[data-id="${CSS.escape(intent.to)}"]`)
				?.focus();
		} else if (intent.kind === 'pan') this.#panBy(intent.by);
		else if (intent.kind === 'zoom') this.#zoomBy(intent.factor, current ?? undefined);
		else if (intent.kind === 'open') this.#select(intent.id, true);
		else {
			this.#selected = null;
			this.#render();
		}
	}

	/** Pans (without zooming) so that the event is inside the plot. */
	#ensureVisible(id: string) {
		const item = this.#data.items.find((i) => i.id === id);
		if (!item) return;
		const t = Date.parse(`${item.start}T12:00:00Z`);
		const [a, b] = this.#interval();
		if (t >= a && t <= b) return;
		const half = (b - a) / 2;
		this.#showInterval([t - half, t + half]);
	}

	#select(id: string, pin: boolean) {
		this.#selected = id;
		showEventDetails(this.#details, id);
		for (const g of this.#canvas.querySelectorAll<SVGGElement>('g.event')) {
			const on = g.dataset['id'] === id;
			g.setAttribute('tabindex', on ? '0' : '-1');
			if (on) g.setAttribute('aria-current', 'true');
			else g.removeAttribute('aria-current');
		}
		if (pin && location.hash !== `#${id}`)
			history.replaceState(null, '', `${location.pathname}${location.search}#${id}`);
	}

	#openFromHash(scroll: boolean) {
		const id = decodeURIComponent(location.hash.slice(1));
		if (!id || !this.#data.items.some((i) => i.id === id)) return;
		const item = this.#data.items.find((i) => i.id === id)!;
		if (!this.#lanes.has(item.lane)) {
			this.#lanes.add(item.lane);
			const box = this.querySelector<HTMLInputElement>(`input[name="lane"][value="${item.lane}"]`);
			if (box) box.checked = true;
		}
		this.#ensureVisible(id);
		this.#select(id, false);
		this.#render();
		if (scroll) document.getElementById(id)?.scrollIntoView({ block: 'nearest' });
	}

	#scheduleUrl() {
		clearTimeout(this.#urlTimer);
		this.#urlTimer = setTimeout(() => {
			const [from, to] = dayRange(this.#interval());
			const whole = this.#transform.k === 1 && this.#transform.x === 0;
			const story = from === this.#data.story[0] && to === this.#data.story[1];
			const query = viewQuery({
				from: whole || story ? null : from,
				to: whole || story ? null : to,
				whole,
				lanes: this.#lanes.size === LANES.length ? null : [...this.#lanes],
			});
			history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
		}, 250);
	}
}

customElements.define('timeline-chart', TimelineChart);
