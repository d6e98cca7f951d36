/**
 * Timeline figures for the bench report: server layout time with the real events and with 2,000
 * seeded synthetic events, and in Chromium the first render and the time of each zoom step at
 * 2,000 events (medians and p95). Imported by bench/bench.ts after it has built dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launchOptions } from '../test/support/chromium.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { layoutTimeline } from '../src/lib/timeline/layout.ts';
import { LANES, type TimelineItem } from '../src/lib/timeline/model.ts';
import { syntheticItems } from '../test/support/synthetic/timeline.ts';

/**
 * Figures measured on earlier versions at 2,000 synthetic events, printed beside today's: when
 * issue 18 was filed, and before key and button steps drew the markers as one path.
 */
const EARLIER = {
	issue18: { keyZoomStepMedianMs: '58–64', keyZoomStepP95Ms: '88–130' },
	movingEveryEvent: {
		keyZoomStepMedianMs: '8–11',
		keyZoomStepP95Ms: '15–25',
		zoomStepP95Ms: '3–7',
		repackAfterKeysPauseMs: '50–90',
	},
};

const quantile = (values: number[], q: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(3));
};

function layoutTimes(items: TimelineItem[], runs: number): { medianMs: number; p95Ms: number } {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		layoutTimeline(items, [], '2026-06-02', '2026-11-23', {
			width: 1100,
			domain: ['2026-05-01', '2026-09-30'],
			lanes: LANES,
		});
		times.push(performance.now() - started);
	}
	return { medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95) };
}

/** Runs the timeline benchmarks against the built site in `dist`. */
export async function benchTimeline(root: string) {
	const dist = join(root, 'dist');
	const html = readFileSync(join(dist, 'timeline/index.html'), 'utf8');
	const real = JSON.parse(
		/<script type="application\/json" class="timeline-data">([^<]*)<\/script>/.exec(html)![1]!,
	);
	const synthetic = syntheticItems(2000, 11, '2026-01-01', 300);

	const { server, url } = await serveStatic(dist);
	const browser = await chromium.launch(await launchOptions());
	const inBrowser: Record<string, unknown> = {};
	try {
		for (const [name, items] of [
			['real', real.items],
			['synthetic2000', synthetic],
		] as const) {
			const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
			const payload = JSON.stringify({
				...real,
				items,
				range: name === 'real' ? real.range : ['2026-01-01', '2026-12-31'],
				story: name === 'real' ? real.story : ['2026-01-01', '2026-12-31'],
			});
			await page.route('**/timeline/', async (route) => {
				const response = await route.fetch();
				const body = (await response.text()).replace(
					/(<script type="application\/json" class="timeline-data">)[^<]*(<\/script>)/,
					`$1${payload.replace(/</g, '\\u003c')}$2`,
				);
				await route.fulfill({ response, body });
			});
			const started = Date.now();
			await page.goto(new URL('timeline/', url).href);
			await page.waitForSelector('svg[role="group"]');
			const firstRenderMs = Date.now() - started;
			// Alternate zooming in and out at the centre. A step is the wheel handler plus the chart's
			// animation-frame update plus the style and layout it causes: a frame callback registered
			// before the event runs just before the chart's, one registered after it forces layout.
			const steps = await page.evaluate(async () => {
				const svg = document.querySelector<SVGSVGElement>('.canvas svg')!;
				const box = svg.getBoundingClientRect();
				const times: number[] = [];
				for (let i = 0; i < 60; i++) {
					const event = new WheelEvent('wheel', {
						deltaY: i % 10 < 5 ? -120 : 120,
						// Only Ctrl (or ⌘) with the wheel zooms; a plain wheel scrolls the page.
						ctrlKey: true,
						clientX: box.left + box.width / 2,
						clientY: box.top + 40,
						bubbles: true,
						cancelable: true,
					});
					let frameStart = 0;
					requestAnimationFrame(() => (frameStart = performance.now()));
					const t0 = performance.now();
					svg.dispatchEvent(event);
					const handler = performance.now() - t0;
					const frameEnd = await new Promise<number>((resolve) =>
						requestAnimationFrame(() => {
							svg.getBoundingClientRect();
							resolve(performance.now());
						}),
					);
					times.push(handler + frameEnd - frameStart);
				}
				return times;
			});
			// Keyboard zoom steps, a key every frame as when a key repeats: each step moves the marks
			// in the next frame (handler plus that frame, as for the wheel); rows and labels are
			// repacked once, when the keys pause, and that task is timed on its own. As many steps as
			// wheel steps, so that p95 is not simply the slowest step.
			const keys = await page.evaluate(async () => {
				// Let the wheel gesture end first (d3-zoom ends it 150 ms after the last event).
				await new Promise((resolve) => setTimeout(resolve, 400));
				const svg = document.querySelector<SVGSVGElement>('.canvas svg')!;
				const first = svg.querySelector<SVGGElement>('g.event')!;
				first.focus();
				const times: number[] = [];
				for (let i = 0; i < 60; i++) {
					const key = i % 4 < 2 ? '+' : '-';
					let frameStart = 0;
					requestAnimationFrame(() => (frameStart = performance.now()));
					const t0 = performance.now();
					first.dispatchEvent(
						new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
					);
					const handler = performance.now() - t0;
					const frameEnd = await new Promise<number>((resolve) =>
						requestAnimationFrame(() => {
							svg.getBoundingClientRect();
							resolve(performance.now());
						}),
					);
					times.push(handler + frameEnd - frameStart);
				}
				// The repack after the pause: from the drawing's busy mark to its removal, with the
				// layout it causes.
				const repack = await new Promise<number>((resolve) => {
					let started = 0;
					const observer = new MutationObserver(() => {
						if (!svg.hasAttribute('aria-busy')) {
							observer.disconnect();
							svg.getBoundingClientRect();
							resolve(performance.now() - started);
						}
					});
					const wrap = window.setTimeout;
					// The repack runs in the chart's timer; note when timers fire from now on.
					window.setTimeout = ((fn: () => void, ms?: number) =>
						wrap(() => {
							started = performance.now();
							fn();
						}, ms)) as typeof window.setTimeout;
					first.dispatchEvent(
						new KeyboardEvent('keydown', { key: '+', bubbles: true, cancelable: true }),
					);
					window.setTimeout = wrap;
					observer.observe(svg, { attributes: true, attributeFilter: ['aria-busy'] });
				});
				return { times, repack };
			});
			inBrowser[name] = {
				events: items.length,
				firstRenderMs,
				zoomStepMedianMs: quantile(steps, 0.5),
				zoomStepP95Ms: quantile(steps, 0.95),
				keyZoomStepMedianMs: quantile(keys.times, 0.5),
				keyZoomStepP95Ms: quantile(keys.times, 0.95),
				repackAfterKeysPauseMs: Number(keys.repack.toFixed(1)),
			};
			await page.close();
		}
	} finally {
		await browser.close();
		server.close();
	}
	return {
		layout: { real: layoutTimes(real.items, 200), synthetic2000: layoutTimes(synthetic, 50) },
		browser: inBrowser,
		budget: { zoomStepP95Ms: 16, jsGzipBytes: 40_960 },
		earlier: EARLIER,
	};
}
