/**
 * The stand-in drawn while a zoom is under way on a crowded chart: every marker as one path, and
 * a ring at the event that has keyboard focus. The events stay in the document, transparent and
 * unmoved, so focus stays where it was, and a step costs one path rather than the layout of
 * thousands of moving groups and labels. Making one group transparent restyles one element;
 * hiding the events (display or visibility) restyles every one of them.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A drawn event: its group, its start in ms and its row's y. */
export interface ProxyMark {
	g: SVGGElement;
	t: number;
	y: number;
}

/** Draws markers for `svg`'s events until `remove()`. */
export class MarkerProxy {
	#path: SVGPathElement;
	#ring: SVGCircleElement;
	#events: SVGGElement;

	constructor(svg: SVGSVGElement) {
		this.#events = svg.querySelector<SVGGElement>('g.events')!;
		this.#path = document.createElementNS(SVG_NS, 'path');
		this.#path.setAttribute('class', 'proxy');
		this.#path.setAttribute('aria-hidden', 'true');
		this.#ring = document.createElementNS(SVG_NS, 'circle');
		this.#ring.setAttribute('class', 'proxy-focus');
		this.#ring.setAttribute('aria-hidden', 'true');
		this.#ring.setAttribute('r', '7');
		this.#ring.style.display = 'none';
		svg.append(this.#path, this.#ring);
		this.#events.setAttribute('transform', 'translate(-100000 0)');
	}

	/**
	 * Draws the marks whose x = a·t + b lies within [x0, x1] (rounded to 0.1), and rings the one
	 * whose group has focus, if it is among them.
	 */
	draw(marks: readonly ProxyMark[], a: number, b: number, x0: number, x1: number) {
		const focused = document.activeElement;
		let d = '';
		let ring: [number, number] | null = null;
		for (const mark of marks) {
			const x = Math.round((a * mark.t + b) * 10) / 10;
			if (x < x0 - 1 || x > x1 + 1) continue;
			// A zero-length segment with a round cap (see .proxy) draws a dot: the cheapest path there is.
			d += `M${x} ${mark.y}h0`;
			if (mark.g === focused) ring = [x, mark.y];
		}
		this.#path.setAttribute('d', d);
		if (ring) {
			this.#ring.setAttribute('cx', String(ring[0]));
			this.#ring.setAttribute('cy', String(ring[1]));
		}
		this.#ring.style.display = ring ? '' : 'none';
	}

	/** Takes the stand-in away and shows the events again. */
	remove() {
		this.#path.remove();
		this.#ring.remove();
		this.#events.removeAttribute('transform');
	}
}
