import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, openPage, useBrowser, type OpenOptions } from '../support/browser.ts';
import { syntheticItems } from '../support/synthetic/timeline.ts';

const events = JSON.parse(
	await readFile(new URL('../../content/events/events.json', import.meta.url), 'utf8'),
) as Array<{ id: string; date: string; lane: string; title: string; label: string }>;
const inOrder = [...events].sort(
	(a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
);

const browser = useBrowser();

const open = (path = '', options: OpenOptions = {}) =>
	openPage(browser(), `timeline/${path}`, options);

/** The timeline at 1280×900 with `count` seeded synthetic events in place of the real ones. */
async function openCrowded(count = 600) {
	const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await page.route('**/timeline/', async (route) => {
		const response = await route.fetch();
		const html = await response.text();
		const data = /<script type="application\/json" class="timeline-data">([^<]*)<\/script>/.exec(
			html,
		)!;
		const payload = JSON.parse(data[1]!) as Record<string, unknown>;
		const items = syntheticItems(count, 7, '2026-01-01', 300);
		const body = html.replace(
			data[0],
			data[0].replace(
				data[1]!,
				JSON.stringify({
					...payload,
					items,
					range: ['2026-01-01', '2026-12-31'],
					story: ['2026-01-01', '2026-12-31'],
				}).replace(/</g, '\\u003c'),
			),
		);
		await route.fulfill({ response, body });
	});
	await page.goto(new URL('timeline/', inject('baseUrl')).href);
	return { page, context };
}

describe('the timeline', () => {
	it('without JavaScript shows the static picture and every event in the dated list', async () => {
		const { page, close } = await open('', { javaScriptEnabled: false });
		expect(await page.locator('.canvas svg[role="img"] > title').textContent()).toMatch(/Timeline/);
		expect(await page.locator('.timeline-list li.entry:not(.deadline)').count()).toBe(
			events.length,
		);
		expect(await page.locator('.timeline-list li.deadline').count()).toBeGreaterThanOrEqual(2);
		expect(await page.locator('timeline-chart fieldset').first().isVisible()).toBe(false);
		expect(await page.locator('.legend li').allTextContents()).toEqual([
			expect.stringMatching(/primary or secondary source/),
			expect.stringMatching(/only from a lead/),
			expect.stringMatching(/only to the month/),
			expect.stringMatching(/30- and 60-day windows/),
			expect.stringMatching(/Build date/),
		]);
		await close();
	});

	it('opens on the order’s story, with the whole history one click away and in the URL', async () => {
		const { page, errors, close } = await open();
		const ticks = () => page.locator('.canvas .tick-label').allTextContents();
		expect((await ticks()).some((t) => /^May 2026$/.test(t))).toBe(true);
		expect((await ticks()).some((t) => /2024|2025/.test(t))).toBe(false);
		await page.getByRole('button', { name: 'Whole history' }).click();
		await expect.poll(() => new URL(page.url()).search, { timeout: 5000 }).toBe('?view=all');
		expect((await ticks()).some((t) => /2025/.test(t))).toBe(true);
		await page.reload();
		expect((await ticks()).some((t) => /2025/.test(t))).toBe(true);
		await page.getByRole('button', { name: 'The order’s story' }).click();
		await expect.poll(() => new URL(page.url()).search, { timeout: 5000 }).toBe('');
		expect(errors).toEqual([]);
		await close();
	});

	it('lets a plain wheel scroll the page, with a hint, and zooms with Ctrl and the wheel', async () => {
		const { page, errors, close } = await open();
		const svg = page.locator('.canvas svg');
		await svg.scrollIntoViewIfNeeded();
		const box = (await svg.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 40);
		const before = await page.evaluate(() => window.scrollY);
		const ticksBefore = await page.locator('.canvas .tick-label').allTextContents();
		await page.mouse.wheel(0, 300);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
		expect(await page.locator('.wheel-hint').isVisible()).toBe(true);
		await page.waitForTimeout(400);
		expect(new URL(page.url()).search).toBe('');
		expect(await page.locator('.canvas .tick-label').allTextContents()).toEqual(ticksBefore);
		await svg.scrollIntoViewIfNeeded();
		const now = (await svg.boundingBox())!;
		await page.mouse.move(now.x + now.width / 2, now.y + 40);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -300);
		await page.keyboard.up('Control');
		await expect
			.poll(() => new URL(page.url()).searchParams.get('from'), { timeout: 5000 })
			.not.toBeNull();
		expect(errors).toEqual([]);
		await close();
	});

	it('zooms in around the events in view, never onto an empty stretch', async () => {
		const { page, close } = await open();
		for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect
			.poll(() => new URL(page.url()).searchParams.get('from'), { timeout: 5000 })
			.not.toBeNull();
		const shown = await page
			.locator('.canvas g.event')
			.evaluateAll((gs) => gs.filter((g) => (g as SVGGElement).style.display !== 'none').length);
		expect(shown).toBeGreaterThanOrEqual(5);
		await close();
	});

	it('moves between events in time order with the arrow keys and opens each one', async () => {
		const { page, errors, close } = await open();
		// The chart opens on the order's story: the first event in it has the keyboard focus stop.
		const { story } = JSON.parse((await page.locator('script.timeline-data').textContent())!) as {
			story: [string, string];
		};
		const start = inOrder.findIndex((e) => e.date >= story[0]);
		await page.locator('g.event[tabindex="0"]').focus();
		const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset['id']);
		expect(first).toBe(inOrder[start]!.id);
		for (let i = 1; i <= 3; i++) {
			await page.keyboard.press('ArrowRight');
			expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['id'])).toBe(
				inOrder[start + i]!.id,
			);
		}
		expect(await page.locator('.details h4').textContent()).toBe(
			await page.locator(`[id="${inOrder[start + 3]!.id}"] h4`).textContent(),
		);
		await page.keyboard.press('End');
		expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['id'])).toBe(
			inOrder.at(-1)!.id,
		);
		expect(errors).toEqual([]);
		await close();
	});

	it('zooms from the keyboard and puts the view range in the URL', async () => {
		const { page, close } = await open();
		await page.locator('g.event[tabindex="0"]').focus();
		await page.keyboard.press('+');
		await page.keyboard.press('+');
		await expect
			.poll(() => new URL(page.url()).searchParams.get('from'), { timeout: 5000 })
			.not.toBeNull();
		const { from, to } = Object.fromEntries(new URL(page.url()).searchParams);
		const span = (Date.parse(to!) - Date.parse(from!)) / 86_400_000;
		expect(span).toBeLessThan(400);
		await page.getByRole('button', { name: 'The order’s story' }).click();
		expect(new URL(page.url()).search).toBe('');
		await close();
	});

	it('pans with the Earlier and Later buttons once zoomed in', async () => {
		const { page, close } = await open();
		const view = () => Object.fromEntries(new URL(page.url()).searchParams);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(() => view()['from'], { timeout: 5000 }).toBeDefined();
		const zoomed = view();
		await page.getByRole('button', { name: 'Earlier' }).click();
		await expect.poll(() => view()['from'], { timeout: 5000 }).not.toBe(zoomed['from']);
		expect(Date.parse(view()['from']!)).toBeLessThan(Date.parse(zoomed['from']!));
		const earlier = view();
		await page.getByRole('button', { name: 'Later' }).click();
		await expect.poll(() => view()['from'], { timeout: 5000 }).not.toBe(earlier['from']);
		expect(Date.parse(view()['from']!)).toBeGreaterThan(Date.parse(earlier['from']!));
		await close();
	});

	it('zooms in with a two-finger pinch on a touch screen', async () => {
		const context = await browser().newContext({
			viewport: { width: 390, height: 844 },
			hasTouch: true,
			isMobile: true,
		});
		const page = await context.newPage();
		await page.goto(new URL('timeline/', inject('baseUrl')).href);
		const chart = page.locator('.canvas svg[role="group"]');
		// The browser must hand pinches and sideways swipes to the chart rather than zoom the page.
		expect(await chart.evaluate((svg) => getComputedStyle(svg).touchAction)).toBe('pan-y');
		// Two fingers spread apart, as touch events dispatched on a lane.
		await chart.evaluate((svg) => {
			const target = svg.querySelector('rect.lane')!;
			const box = target.getBoundingClientRect();
			const y = box.top + box.height / 2;
			const x = box.left + 200;
			const points = (spread: number) => [
				new Touch({ identifier: 1, target, clientX: x - spread, clientY: y }),
				new Touch({ identifier: 2, target, clientX: x + spread, clientY: y }),
			];
			const send = (type: string, touches: Touch[], changed: Touch[]) =>
				target.dispatchEvent(
					new TouchEvent(type, {
						touches,
						targetTouches: touches,
						changedTouches: changed,
						bubbles: true,
						cancelable: true,
					}),
				);
			send('touchstart', points(10), points(10));
			for (const spread of [20, 40, 60, 80]) send('touchmove', points(spread), points(spread));
			send('touchend', [], points(80));
		});
		await expect
			.poll(() => new URL(page.url()).searchParams.get('from'), { timeout: 5000 })
			.not.toBeNull();
		const { from, to } = Object.fromEntries(new URL(page.url()).searchParams);
		const { range } = JSON.parse(
			(await page.locator('script.timeline-data').textContent()) ?? '{}',
		) as { range: [string, string] };
		const fullDays = (Date.parse(range[1]) - Date.parse(range[0])) / 86_400_000;
		expect((Date.parse(to!) - Date.parse(from!)) / 86_400_000).toBeLessThan(fullDays / 2);
		await context.close();
	});

	it('opens a deep-linked event and restores a shared view range', async () => {
		const target = inOrder[Math.floor(inOrder.length / 2)]!;
		const { page, errors, close } = await open(`?from=2026-05-01&to=2026-08-31#${target.id}`);
		expect(await page.locator(`g.event[data-id="${target.id}"]`).getAttribute('aria-current')).toBe(
			'true',
		);
		expect(await page.locator('.details h4').textContent()).toBe(
			await page.locator(`[id="${target.id}"] h4`).textContent(),
		);
		const ticks = await page.locator('.tick-label').allTextContents();
		expect(ticks.some((t) => /^(May|Jun|Jul|Aug)/.test(t))).toBe(true);
		expect(ticks.some((t) => /2025/.test(t))).toBe(false);
		expect(errors).toEqual([]);
		await close();
	});

	it('stays axe-clean once enhanced, zoomed and with an event selected', async () => {
		const { page, close } = await open();
		await page.locator('g.event[tabindex="0"]').focus();
		await page.keyboard.press('+');
		await page.keyboard.press('Enter');
		expect(await axeViolations(page)).toEqual([]);
		await close();
	});

	it('with many events, draws a wheel gesture as one path and brings the events back after it', async () => {
		const { page, context } = await openCrowded();
		const svg = page.locator('.canvas svg[role="group"]');
		// Record what the gesture draws, however briefly it lasts.
		await svg.evaluate((el) => {
			const seen = { proxy: 0, hidden: false, longest: 0 };
			(window as unknown as { seen: typeof seen }).seen = seen;
			new MutationObserver(() => {
				const proxy = el.querySelector('path.proxy');
				if (proxy) {
					seen.proxy++;
					seen.longest = Math.max(seen.longest, proxy.getAttribute('d')?.length ?? 0);
				}
				// The events are out of sight: none of their drawing lies within the chart.
				const events = el.querySelector<SVGGElement>('g.events')!.getBoundingClientRect();
				if (events.right < el.getBoundingClientRect().left) seen.hidden = true;
			}).observe(el, { subtree: true, childList: true, attributes: true });
		});
		const box = (await svg.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 60);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -200);
		await page.keyboard.up('Control');
		await expect
			.poll(
				() => page.evaluate(() => (window as unknown as { seen: { proxy: number } }).seen.proxy),
				{ timeout: 5000 },
			)
			.toBeGreaterThan(0);
		await expect.poll(() => page.locator('path.proxy').count(), { timeout: 5000 }).toBe(0);
		const seen = await page.evaluate(
			() => (window as unknown as { seen: { hidden: boolean; longest: number } }).seen,
		);
		expect(seen.hidden).toBe(true);
		expect(seen.longest).toBeGreaterThan(100);
		expect(
			await svg.evaluate((el) => {
				const events = el.querySelector('g.events')!.getBoundingClientRect();
				const chart = el.getBoundingClientRect();
				return events.left >= chart.left && events.right <= chart.right;
			}),
		).toBe(true);
		expect(await page.locator('g.event').count()).toBeGreaterThan(0);
		await context.close();
	});

	it('with many events, zooms by key on one path with a ring at the event, which keeps focus', async () => {
		const { page, context } = await openCrowded();
		const svg = page.locator('.canvas svg[role="group"]');
		await page.locator('.canvas svg[role="group"]:not([aria-busy])').waitFor();
		const target = page.locator('g.event[tabindex="0"]');
		const id = await target.getAttribute('data-id');
		await target.focus();
		// Record what the steps draw, however briefly it lasts.
		await svg.evaluate((el) => {
			const seen = { proxy: 0, ring: null as number | null, focus: [] as string[] };
			(window as unknown as { seen: typeof seen }).seen = seen;
			new MutationObserver(() => {
				const ring = el.querySelector<SVGCircleElement>('circle.proxy-focus');
				if (el.querySelector('path.proxy')) seen.proxy++;
				if (ring && ring.style.display !== 'none') seen.ring = Number(ring.getAttribute('cx'));
				seen.focus.push((document.activeElement as SVGGElement).dataset['id'] ?? '');
			}).observe(el, { subtree: true, childList: true, attributes: true });
		});
		await page.keyboard.press('+');
		await page.keyboard.press('+');
		await page.locator('.canvas svg[role="group"]:not([aria-busy])').waitFor();
		const seen = await page.evaluate(
			() =>
				(window as unknown as { seen: { proxy: number; ring: number | null; focus: string[] } })
					.seen,
		);
		expect(seen.proxy).toBeGreaterThan(0);
		expect(new Set(seen.focus)).toEqual(new Set([id]));
		expect(await page.locator('path.proxy, circle.proxy-focus').count()).toBe(0);
		expect(await page.evaluate(() => (document.activeElement as SVGGElement).dataset['id'])).toBe(
			id,
		);
		// The ring stood where the event is drawn once the keys pause.
		const x = await target.evaluate((g: SVGGElement) => g.transform.baseVal.getItem(0).matrix.e);
		expect(seen.ring).not.toBeNull();
		expect(Math.abs(seen.ring! - x)).toBeLessThan(0.5);
		await context.close();
	});

	it('filters lanes', async () => {
		const { page, close } = await open();
		const before = await page.locator('g.event').count();
		await page.getByLabel('Coverage', { exact: true }).uncheck();
		const after = await page.locator('g.event').count();
		expect(after).toBe(before - events.filter((e) => e.lane === 'coverage').length);
		await expect
			.poll(() => new URL(page.url()).searchParams.get('lanes'), { timeout: 5000 })
			.not.toContain('coverage');
		await close();
	});
});

/** Overlapping pairs of text boxes in the chart, and texts that stick out of it, as seen on screen. */
async function textProblems(page: Page) {
	return page.evaluate(() => {
		const canvas = document.querySelector('.canvas')!.getBoundingClientRect();
		const texts = [...document.querySelectorAll('.canvas svg text')].map((t) => ({
			text: t.textContent ?? '',
			box: t.getBoundingClientRect(),
		}));
		const overlaps: string[] = [];
		for (let i = 0; i < texts.length; i++) {
			for (let j = i + 1; j < texts.length; j++) {
				const [a, b] = [texts[i]!.box, texts[j]!.box];
				const apart =
					a.right <= b.left + 0.5 ||
					b.right <= a.left + 0.5 ||
					a.bottom <= b.top + 0.5 ||
					b.bottom <= a.top + 0.5;
				if (!apart) overlaps.push(`${texts[i]!.text} | ${texts[j]!.text}`);
			}
		}
		const clipped = texts
			.filter(({ box }) => box.left < canvas.left - 0.5 || box.right > canvas.right + 0.5)
			.map((t) => t.text);
		const unlabelled = [...document.querySelectorAll<SVGGElement>('.canvas g.event')]
			.filter((g) => g.style.display !== 'none' && !g.querySelector('text'))
			.map((g) => g.dataset['id']);
		return { overlaps, clipped, unlabelled };
	});
}

const SHOTS = 'reports/screenshots/timeline';

describe.each([
	[1280, 800],
	[768, 1024],
])('the timeline at %i×%i', (width, height) => {
	it('names every event in view with no text overlapping or cut, before and after zooming', async () => {
		const context = await browser().newContext({ viewport: { width, height } });
		const page = await context.newPage();
		await page.goto(new URL('timeline/', inject('baseUrl')).href);
		// A zoom step repacks labels once the steps pause; the drawing is busy until then.
		const settled = () => page.locator('.canvas svg[role="group"]:not([aria-busy])').waitFor();
		await settled();
		const clean = { overlaps: [], clipped: [], unlabelled: [] };
		expect(await textProblems(page)).toEqual(clean);
		await page.locator('.canvas').screenshot({ path: `${SHOTS}/default-${width}.png` });
		for (const [button, step] of [
			['Zoom in', 'zoom-in'],
			['Zoom out', 'zoom-out'],
			['Whole history', 'whole'],
		] as const) {
			await page.getByRole('button', { name: button }).click();
			await settled();
			expect(await textProblems(page), step).toEqual(clean);
			await page.locator('.canvas').screenshot({ path: `${SHOTS}/${step}-${width}.png` });
		}
		console.log(`Timeline screenshots at ${width} px: ${SHOTS}/`);
		await context.close();
	});
});

/** Each drawn label's lines, with its event's tooltip and accessible name. */
function labels(page: Page) {
	return page.locator('.canvas g.event').evaluateAll((gs) =>
		gs
			.filter((g) => g.querySelector('text'))
			.map((g) => ({
				id: (g as SVGGElement).dataset['id']!,
				lines: [...g.querySelectorAll('text tspan')].map((t) => t.textContent ?? ''),
				tooltip: g.querySelector(':scope > title')?.textContent ?? null,
				name: g.getAttribute('aria-label'),
			})),
	);
}

describe('the timeline’s labels', () => {
	const titles = new Map(events.map((e) => [e.id, e.title.replace(/\s+/g, ' ').trim()]));
	const short = new Map(events.map((e) => [e.id, e.label]));

	it.each([
		['with scripting', true],
		['without scripting', false],
	])(
		'%s, at 1280×800, are the events’ short labels on one line, with the whole title as tooltip',
		async (_, javaScriptEnabled) => {
			const { page, close } = await open('', { width: 1280, height: 800, javaScriptEnabled });
			if (javaScriptEnabled)
				await page.locator('.canvas svg[role="group"]:not([aria-busy])').waitFor();
			const drawn = await labels(page);
			expect(drawn.length).toBeGreaterThan(20);
			for (const l of drawn) {
				const title = titles.get(l.id)!;
				expect(l.lines).toEqual([short.get(l.id)]);
				expect(l.tooltip).toBe(title);
				// Once enhanced, the accessible name starts with the visible label and holds the title.
				if (javaScriptEnabled) {
					expect(l.name!.startsWith(l.lines.join(' '))).toBe(true);
					expect(l.name).toContain(title);
				}
			}
			await close();
		},
	);

	it.each([
		[1280, 800],
		[768, 1024],
	])(
		'at %i×%i show whole (no ellipsis) in the default view and after one zoom-in step',
		async (width, height) => {
			const context = await browser().newContext({ viewport: { width, height } });
			const page = await context.newPage();
			await page.goto(new URL('timeline/', inject('baseUrl')).href);
			const settled = () => page.locator('.canvas svg[role="group"]:not([aria-busy])').waitFor();
			await settled();
			// The labels of the events in view, as drawn.
			const shown = () =>
				page.locator('.canvas g.event').evaluateAll((gs) =>
					gs
						.filter((g) => (g as SVGGElement).style.display !== 'none')
						.map((g) => ({
							id: (g as SVGGElement).dataset['id']!,
							text: [...g.querySelectorAll('text tspan')].map((t) => t.textContent).join(' '),
						})),
				);
			const cut = async () =>
				(await shown())
					.filter((l) => l.text !== short.get(l.id) || l.text.endsWith('…'))
					.map((l) => `${l.id}: ${l.text}`);
			const inView = async () => (await shown()).length;
			expect(await inView()).toBeGreaterThan(10);
			expect(await cut()).toEqual([]);
			await page.getByRole('button', { name: 'Zoom in' }).click();
			await settled();
			expect(await inView()).toBeGreaterThan(0);
			expect(await cut()).toEqual([]);
			await context.close();
		},
	);
});

describe('the timeline’s first screen', () => {
	it('shows the chart, whole, deadline labels included, at 1280×800', async () => {
		const { page, close } = await open('', { width: 1280 });
		await page.setViewportSize({ width: 1280, height: 800 });
		const box = (await page.locator('.canvas').boundingBox())!;
		expect(box.y).toBeLessThan(800);
		expect(box.height).toBeLessThanOrEqual(800);
		await close();
	});

	it('on a phone is the list, led by a map of the months, with no text under 12 px', async () => {
		const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(new URL('timeline/', inject('baseUrl')).href);
		expect(await page.locator('.canvas').isVisible()).toBe(false);
		const months = page.locator('.timeline-months a');
		expect(await months.count()).toBeGreaterThanOrEqual(6);
		for (const box of await months.evaluateAll((as) =>
			as.map((a) => a.getBoundingClientRect().height),
		)) {
			expect(box).toBeGreaterThanOrEqual(24);
		}
		const smallest = await page.evaluate(() =>
			Math.min(
				...[...document.querySelectorAll('main *')]
					.filter(
						(el) =>
							el.checkVisibility() &&
							[...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()),
					)
					.map((el) => parseFloat(getComputedStyle(el).fontSize)),
			),
		);
		expect(smallest).toBeGreaterThanOrEqual(12);
		await months.nth(2).click();
		expect(new URL(page.url()).hash).toMatch(/^#month-\d{4}-\d{2}$/);
		expect(await axeViolations(page)).toEqual([]);
		await page.screenshot({ path: `${SHOTS}/phone-390.png` });
		await context.close();
	});
});
