/**
 * The home page's first screen answers "what is late?": the scoreboard lies inside the first
 * viewport at phone, tablet and desktop sizes, without script, and lists exactly the overdue
 * requirements that `computeStatus` gives for the day it shows. `?asof=` redraws it for that day.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { milestoneSchema } from '../../src/lib/schemas/milestone.ts';
import { OVERDUE_ORDER_NOTE } from '../../src/lib/scoreboard.ts';
import { computeStatus } from '../../src/lib/status.ts';
import { axeViolations, openPage, useBrowser } from '../support/browser.ts';

const browser = useBrowser();
const SIGNED = '2026-06-02';
const SHOTS = 'reports/screenshots/readers';
const dir = join(import.meta.dirname, '../../content/milestones');
const milestones = readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.map((f) => ({
		id: f.replace(/\.json$/, ''),
		data: milestoneSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))),
	}));

const overdueOn = (day: string) =>
	milestones
		.filter((m) => computeStatus(m.data, SIGNED, day).kind === 'overdue')
		.map((m) => m.id)
		.sort();

const listedOverdue = async (page: Page) =>
	(
		await page
			.locator('#scoreboard .overdue a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
	)
		.map((href) => /\/milestones\/([^/]+)\/$/.exec(href)?.[1] ?? href)
		.sort();

const shownDay = (page: Page) =>
	page.locator('#scoreboard h2 time').getAttribute('datetime') as Promise<string>;

describe.each([
	[390, 844],
	[768, 1024],
	[1280, 800],
])('the home page at %i×%i', (width, height) => {
	it.each([true, false])(
		'shows the whole scoreboard in the first viewport (script %s), with every overdue requirement',
		async (javaScriptEnabled) => {
			const { page, errors, close } = await openPage(browser(), '', {
				width,
				height,
				javaScriptEnabled,
			});
			const box = await page.locator('#scoreboard').boundingBox();
			expect(box).not.toBeNull();
			expect(box!.y).toBeGreaterThanOrEqual(0);
			expect(box!.y + box!.height).toBeLessThanOrEqual(height);
			const header = await page.locator('header.site-header').boundingBox();
			if (width < 500) expect(header!.height).toBeLessThanOrEqual(120);
			const day = await shownDay(page);
			expect(await listedOverdue(page)).toEqual(overdueOn(day));
			expect(overdueOn(day).length).toBeGreaterThan(0);
			expect((await page.locator('#scoreboard .order-note').textContent())?.trim()).toBe(
				OVERDUE_ORDER_NOTE,
			);
			expect(errors).toEqual([]);
			await close();
		},
	);
});

describe('the phone header', () => {
	it('folds the menu into a disclosure that works without script', async () => {
		const { page, close } = await openPage(browser(), '', {
			width: 390,
			height: 844,
			javaScriptEnabled: false,
		});
		const milestones = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
			name: 'Milestones',
		});
		expect(await milestones.isVisible()).toBe(false);
		await page.getByText('Menu', { exact: true }).click();
		expect(await milestones.isVisible()).toBe(true);
		await close();
	});

	it('shows the menu without a disclosure on a wide screen', async () => {
		const { page, close } = await openPage(browser(), '', { width: 1280, height: 800 });
		expect(await page.getByText('Menu', { exact: true }).isVisible()).toBe(false);
		expect(
			await page
				.getByRole('navigation', { name: 'Main' })
				.getByRole('link', { name: 'Milestones' })
				.isVisible(),
		).toBe(true);
		await close();
	});
});

describe('status as of a past day', () => {
	it('?asof=2026-07-01 shows nothing overdue', async () => {
		const { page, errors, close } = await openPage(browser(), '?asof=2026-07-01');
		expect(await shownDay(page)).toBe('2026-07-01');
		expect(await listedOverdue(page)).toEqual([]);
		await expect
			.poll(() => page.locator('#scoreboard h3').textContent())
			.toBe('Nothing is overdue.');
		expect(errors).toEqual([]);
		await close();
	});

	it('?asof=2026-07-03 shows the 30-day requirements with nothing delivered as overdue', async () => {
		const { page, close } = await openPage(browser(), '?asof=2026-07-03');
		expect(await shownDay(page)).toBe('2026-07-03');
		const expected = overdueOn('2026-07-03');
		expect(expected).toContain('2a-cnss-nss-defense');
		expect(expected).not.toContain('2f-opm-cyber-hiring');
		expect(await listedOverdue(page)).toEqual(expected);
		await close();
	});

	it('without script, the pre-rendered day 2026-07-03 shows the same', async () => {
		const { page, close } = await openPage(browser(), 'as-of/2026-07-03/', {
			javaScriptEnabled: false,
		});
		expect(await listedOverdue(page)).toEqual(overdueOn('2026-07-03'));
		await close();
	});

	it('an unusable ?asof leaves the build day in place', async () => {
		const { page, close } = await openPage(browser(), '?asof=2030-01-01');
		const day = await shownDay(page);
		expect(day).not.toBe('2030-01-01');
		expect(await listedOverdue(page)).toEqual(overdueOn(day));
		await close();
	});
});

describe('accessibility and screenshots', () => {
	it.each(['', '?asof=2026-07-03', 'as-of/2026-08-02/'])(
		'axe finds nothing on /%s',
		async (path) => {
			const { page, close } = await openPage(browser(), path);
			expect(await axeViolations(page)).toEqual([]);
			await close();
		},
	);

	it('writes screenshots of /, /order/ and /milestones/?asof= at 390 and 1280, light and dark', async () => {
		mkdirSync(SHOTS, { recursive: true });
		const written: string[] = [];
		for (const [name, path] of [
			['home', ''],
			['home-asof', '?asof=2026-07-03'],
			['order', 'order/'],
			['milestones-asof', 'milestones/?asof=2026-08-02'],
		] as const) {
			for (const width of [390, 1280]) {
				for (const colorScheme of ['light', 'dark'] as const) {
					const height = width === 390 ? 844 : 800;
					const { page, close } = await openPage(browser(), path, { width, height, colorScheme });
					const file = `${SHOTS}/${name}-${width}-${colorScheme}.png`;
					await page.screenshot({ path: file });
					written.push(file);
					await close();
				}
			}
		}
		expect(written).toHaveLength(16);
		console.log(`Reader screenshots: ${SHOTS}/`);
	});
});
