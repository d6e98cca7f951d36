import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser.ts';

const browser = useBrowser();

const open = (query = '', javaScriptEnabled = true) =>
	openPage(browser(), `milestones/${query}`, { javaScriptEnabled });

const visibleStatuses = (page: Page) =>
	page
		.locator('filter-table tbody tr:not([hidden])')
		.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['status']));

describe('the milestones table', () => {
	it('without JavaScript shows every requirement and no dead controls', async () => {
		const { page, close } = await open('', false);
		const rows = await page.locator('filter-table tbody tr').count();
		expect(rows).toBeGreaterThan(5);
		expect(await page.locator('filter-table tbody tr:not([hidden])').count()).toBe(rows);
		expect(await page.locator('filter-table fieldset').isVisible()).toBe(false);
		await close();
	});

	it('filters by status, says how many are shown, and puts the filter in the URL', async () => {
		const { page, errors, close } = await open();
		const total = await page.locator('filter-table tbody tr').count();
		await page.getByLabel('Status', { exact: true }).selectOption('overdue');
		const statuses = await visibleStatuses(page);
		expect(statuses.length).toBeGreaterThan(0);
		expect(statuses.length).toBeLessThan(total);
		expect(new Set(statuses)).toEqual(new Set(['overdue']));
		await expect
			.poll(() => page.locator('filter-table [role="status"]').textContent())
			.toBe(`Showing ${statuses.length} of ${total} requirements.`);
		expect(new URL(page.url()).search).toBe('?status=overdue');
		expect(errors).toEqual([]);
		await close();
	});

	it('restores filters from the URL on load, and back and forward work', async () => {
		const { page, close } = await open('?agency=treasury');
		expect(await page.getByLabel('Agency', { exact: true }).inputValue()).toBe('treasury');
		const agencies = await page
			.locator('filter-table tbody tr:not([hidden])')
			.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['agency']));
		expect(agencies.length).toBeGreaterThan(0);
		for (const a of agencies) expect(a?.split(' ')).toContain('treasury');
		await page.getByLabel('Section', { exact: true }).selectOption('3');
		expect(new URL(page.url()).search).toBe('?agency=treasury&section=3');
		await page.goBack();
		await expect.poll(() => page.getByLabel('Section', { exact: true }).inputValue()).toBe('');
		expect(new URL(page.url()).search).toBe('?agency=treasury');
		await close();
	});

	it('sorts by a column from the keyboard and marks the sorted column', async () => {
		const { page, close } = await open();
		const button = page.getByRole('button', { name: 'Due', exact: true });
		await button.focus();
		await page.keyboard.press('Enter');
		const header = page.locator('th[data-sort="due"]');
		expect(await header.getAttribute('aria-sort')).toBe('ascending');
		const dues = await page
			.locator('filter-table tbody tr')
			.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['sortDue']));
		expect(dues).toEqual([...dues].sort());
		await page.keyboard.press('Enter');
		expect(await header.getAttribute('aria-sort')).toBe('descending');
		const desc = await page
			.locator('filter-table tbody tr')
			.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['sortDue']));
		expect(desc).toEqual([...desc].sort().reverse());
		expect(new URL(page.url()).search).toBe('?sort=due&dir=desc');
		await close();
	});

	it('can be filtered with the keyboard alone', async () => {
		const { page, close } = await open();
		await page.getByLabel('Status', { exact: true }).focus();
		await page.keyboard.press('ArrowDown');
		const chosen = await page.getByLabel('Status', { exact: true }).inputValue();
		expect(chosen).not.toBe('');
		expect(new Set(await visibleStatuses(page))).toEqual(new Set([chosen]));
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Apply');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Show all');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.getByLabel('Status', { exact: true }).inputValue()).toBe('');
		await expect.poll(() => page.locator('filter-table tbody tr[hidden]').count()).toBe(0);
		expect(new URL(page.url()).search).toBe('');
		await close();
	});
});
