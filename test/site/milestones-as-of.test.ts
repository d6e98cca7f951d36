/**
 * `/milestones/?asof=YYYY-MM-DD` states the whole page as it stood that day: the scoreboard and
 * every row of the requirements table (status, day count, distance to the deadline) agree with
 * `computeStatus` for that day, and with each other. Without script, the form lands on the list
 * of pre-rendered days.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { relativeDays } from '../../src/lib/dates.ts';
import { computeStatus, type StatusKind } from '../../src/lib/status.ts';
import { dayCountText, STATUS_INFO } from '../../src/lib/status-text.ts';
import { axeViolations, openPage, useBrowser } from '../support/browser.ts';
import { contentMilestones } from '../support/content-milestones.ts';

const browser = useBrowser();
const SIGNED = '2026-06-02';
const SHOTS = 'reports/screenshots/readers';
const milestones = contentMilestones();
const kindOf = Object.fromEntries(
	Object.entries(STATUS_INFO).map(([kind, info]) => [info.label.toLowerCase(), kind]),
) as Record<string, StatusKind>;

interface Row {
	id: string;
	label: string;
	count: string;
	relative: string;
	text: string;
}

const tableRows = (page: Page): Promise<Row[]> =>
	page.locator('filter-table tbody tr').evaluateAll((rows) =>
		rows.map((r) => {
			const row = r as HTMLElement;
			const badge = row.querySelector('[data-status-cell] .status');
			const count = row.querySelector<HTMLElement>('[data-day-count]');
			return {
				id: row.dataset['id'] ?? '',
				label: (badge?.lastChild?.textContent ?? '').trim(),
				count: count && !count.hidden ? (count.textContent ?? '').trim() : '',
				relative: (row.querySelector('[data-relative]')?.textContent ?? '').trim(),
				text: row.innerText,
			};
		}),
	);

/** The scoreboard's count per status, as `{kind: n}`. */
const boardCounts = async (page: Page) =>
	Object.fromEntries(
		(await page.locator('#scoreboard .counts li').allInnerTexts()).map((text) => {
			const match = /(\d+)\s+(.+)$/.exec(text.trim())!;
			return [kindOf[match[2]!.trim()], Number(match[1])];
		}),
	);

const boardOverdue = async (page: Page) =>
	(
		await page
			.locator('#scoreboard .overdue a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
	)
		.map((href) => /\/milestones\/([^/]+)\/$/.exec(href)?.[1] ?? href)
		.sort();

describe.each(['2026-07-01', '2026-07-03', '2026-08-02'])('/milestones/?asof=%s', (day) => {
	it('shows every row as computeStatus gives it for that day, in agreement with the scoreboard', async () => {
		const { page, errors, close } = await openPage(browser(), `milestones/?asof=${day}`);
		await expect.poll(() => page.locator('#scoreboard h2 time').getAttribute('datetime')).toBe(day);
		const rows = await tableRows(page);
		expect(rows.map((r) => r.id).sort()).toEqual(milestones.map((m) => m.id).sort());
		const tally: Record<string, number> = {};
		for (const row of rows) {
			const m = milestones.find((x) => x.id === row.id)!;
			const status = computeStatus(m.data, SIGNED, day);
			expect(row.label, row.id).toBe(STATUS_INFO[status.kind].label);
			expect(row.count, row.id).toBe(dayCountText(status) ?? '');
			if (status.due) expect(row.relative, row.id).toBe(relativeDays(status.due, day));
			tally[status.kind] = (tally[status.kind] ?? 0) + 1;
		}
		expect(await boardCounts(page)).toEqual(tally);
		expect(await boardOverdue(page)).toEqual(
			rows
				.filter((r) => r.label === STATUS_INFO.overdue.label)
				.map((r) => r.id)
				.sort(),
		);
		expect(await page.locator('filter-table caption time').getAttribute('datetime')).toBe(day);
		expect(errors).toEqual([]);
		await close();
	});
});

describe('the requirements table on a past day', () => {
	it('says overdue in no row on 2026-07-01, before any deadline has passed', async () => {
		const { page, close } = await openPage(browser(), 'milestones/?asof=2026-07-01');
		await expect
			.poll(() => page.locator('#scoreboard h2 time').getAttribute('datetime'))
			.toBe('2026-07-01');
		const rows = await tableRows(page);
		expect(rows.length).toBeGreaterThan(5);
		for (const row of rows) expect(row.text, row.id).not.toMatch(/overdue/i);
		await close();
	});

	it('says overdue in the rows of the 30-day requirements with nothing delivered on 2026-07-03', async () => {
		const { page, close } = await openPage(browser(), 'milestones/?asof=2026-07-03');
		await expect
			.poll(() => page.locator('#scoreboard h2 time').getAttribute('datetime'))
			.toBe('2026-07-03');
		const rows = await tableRows(page);
		const thirty = milestones.filter(
			(m) => m.data.deadline.kind === 'days' && m.data.deadline.days === 30,
		);
		const undelivered = thirty.filter(
			(m) =>
				!m.data.evidence.some(
					(e) =>
						e.date <= '2026-07-02' &&
						e.shows !== 'nothing-public' &&
						e.shows !== 'context' &&
						e.shows !== 'started',
				),
		);
		expect(undelivered.length).toBeGreaterThan(0);
		for (const m of undelivered) {
			const row = rows.find((r) => r.id === m.id)!;
			expect(row.label, m.id).toBe('Overdue');
			expect(row.text, m.id).toMatch(/overdue by 1 day\b/);
		}
		const sixty = rows.filter((r) =>
			milestones.some(
				(m) => m.id === r.id && m.data.deadline.kind === 'days' && m.data.deadline.days === 60,
			),
		);
		for (const row of sixty) expect(row.text, row.id).not.toMatch(/overdue/i);
		await close();
	});

	it('offers the statuses of the past day in the status filter, and applies one from the URL', async () => {
		const { page, errors, close } = await openPage(
			browser(),
			'milestones/?asof=2026-07-01&status=due-soon',
		);
		const select = page.getByLabel('Status', { exact: true });
		await expect.poll(() => select.inputValue()).toBe('due-soon');
		const kinds = new Set(milestones.map((m) => computeStatus(m.data, SIGNED, '2026-07-01').kind));
		const offered = await select
			.locator('option')
			.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
		expect(new Set(offered)).toEqual(kinds);
		const shown = await page
			.locator('filter-table tbody tr:not([hidden])')
			.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['id']).sort());
		expect(shown).toEqual(
			milestones
				.filter((m) => computeStatus(m.data, SIGNED, '2026-07-01').kind === 'due-soon')
				.map((m) => m.id)
				.sort(),
		);
		expect(shown.length).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await close();
	});

	it('filters by the past day’s statuses and keeps the day in the URL', async () => {
		const { page, errors, close } = await openPage(browser(), 'milestones/?asof=2026-07-03');
		await page.getByLabel('Status', { exact: true }).selectOption('overdue');
		const shown = await page
			.locator('filter-table tbody tr:not([hidden])')
			.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['id']).sort());
		const expected = milestones
			.filter((m) => computeStatus(m.data, SIGNED, '2026-07-03').kind === 'overdue')
			.map((m) => m.id)
			.sort();
		expect(shown).toEqual(expected);
		expect(new URL(page.url()).search).toBe('?asof=2026-07-03&status=overdue');
		expect(errors).toEqual([]);
		await close();
	});
});

describe('the date form without script', () => {
	it('lands on the pre-rendered days, which say plainly which day to pick', async () => {
		const { page, close } = await openPage(browser(), 'milestones/', { javaScriptEnabled: false });
		await page.getByLabel('Status on another day').fill('2026-07-20');
		await page.getByRole('button', { name: 'Show', exact: true }).click();
		await page.waitForURL(/\/as-of\/\?asof=2026-07-20$/);
		expect(await page.locator('h1').textContent()).toBe('Status on a past day');
		expect(await page.locator('main').innerText()).toMatch(/pick the last listed day before it/);
		await page.getByRole('link', { name: 'July 18, 2026' }).click();
		await page.waitForURL(/\/as-of\/2026-07-18\/$/);
		await close();
	});
});

describe('accessibility and screenshots', () => {
	it.each(['milestones/?asof=2026-07-03', 'as-of/'])('axe finds nothing on /%s', async (path) => {
		const { page, close } = await openPage(browser(), path);
		expect(await axeViolations(page)).toEqual([]);
		await close();
	});

	it('writes screenshots of /milestones/?asof=2026-07-03 (first screen and table) at 390 and 1280, light and dark', async () => {
		mkdirSync(SHOTS, { recursive: true });
		let written = 0;
		for (const width of [390, 1280]) {
			for (const colorScheme of ['light', 'dark'] as const) {
				const height = width === 390 ? 844 : 800;
				const { page, close } = await openPage(browser(), 'milestones/?asof=2026-07-03', {
					width,
					height,
					colorScheme,
				});
				await expect.poll(() => page.locator('#scoreboard .past').count()).toBe(1);
				await page.screenshot({ path: `${SHOTS}/milestones-0703-${width}-${colorScheme}.png` });
				await page.locator('filter-table').screenshot({
					path: `${SHOTS}/milestones-0703-table-${width}-${colorScheme}.png`,
				});
				written += 2;
				await close();
			}
		}
		expect(written).toBe(8);
		console.log(`Milestones as-of screenshots: ${SHOTS}/`);
	});
});
