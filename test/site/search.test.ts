import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, useBrowser } from '../support/browser.ts';

const browser = useBrowser();

async function open(path: string) {
	const requests: string[] = [];
	const dialogs: string[] = [];
	const opened = await openPage(browser(), path, {
		prepare: (page) => {
			page.on('request', (r) => requests.push(new URL(r.url()).pathname));
			page.on('dialog', (d) => {
				dialogs.push(d.message());
				void d.dismiss();
			});
		},
	});
	return { ...opened, requests, dialogs };
}

const status = (page: Page) => page.locator('search-page .status').textContent();
const POLL = { timeout: 5000 };

describe('search', () => {
	it('is a plain GET form with a visible label in the header of text pages', async () => {
		const { page, requests, close } = await open('order/');
		const form = page.getByRole('search', { name: 'Site' });
		expect(await form.getAttribute('method')).toBe('get');
		expect(await form.getAttribute('action')).toMatch(/\/search\/$/);
		expect(requests.filter((r) => r.endsWith('.js'))).toEqual([]);
		await page.getByLabel('Search', { exact: true }).fill('clearinghouse');
		await page.getByLabel('Search', { exact: true }).press('Enter');
		await page.waitForURL(/\/search\/\?q=clearinghouse$/);
		await close();
	});

	it('loads the index only on first use, then shows ranked results with their count', async () => {
		const { page, requests, errors, close } = await open('search/');
		expect(requests).not.toContain('/search-index.json');
		await page.locator('#search-q').fill('clearinghouse');
		await expect.poll(() => status(page), POLL).toMatch(/^\d+ results/);
		expect(requests).toContain('/search-index.json');
		const first = await page.locator('search-page .results li').first().textContent();
		expect(first).toMatch(/clearinghouse/i);
		expect(await page.locator('search-page .results mark').count()).toBeGreaterThan(0);
		await expect.poll(() => new URL(page.url()).searchParams.get('q'), POLL).toBe('clearinghouse');
		expect(errors).toEqual([]);
		await close();
	});

	it('forgives typos and says so when nothing matches, suggesting the listings', async () => {
		const { page, close } = await open('search/?q=clearinghuose');
		await expect.poll(() => status(page), POLL).toMatch(/^\d+ results/);
		expect(await page.locator('search-page .results li').first().textContent()).toMatch(
			/clearinghouse/i,
		);
		await page.locator('#search-q').fill('zzqxv');
		await expect.poll(() => status(page), POLL).toBe('No results for “zzqxv”.');
		expect(await page.locator('search-page .suggest').isVisible()).toBe(true);
		await close();
	});

	it('filters by type with counts, keeps it in the URL, and goes back', async () => {
		const { page, close } = await open('search/?q=clearinghouse');
		await expect.poll(() => status(page), POLL).toMatch(/^\d+ results/);
		const all = await page.locator('search-page .results li').count();
		const eventsLabel = page.locator('search-page .types label', { hasText: /Events \(\d+\)/ });
		const count = Number(/\((\d+)\)/.exec((await eventsLabel.textContent()) ?? '')?.[1]);
		await eventsLabel.click();
		await expect.poll(() => new URL(page.url()).searchParams.get('type'), POLL).toBe('event');
		// The URL changes at once; the results once the records they show are fetched.
		await expect.poll(() => page.locator('search-page .results li').count(), POLL).toBe(count);
		for (const meta of await page.locator('search-page .results .meta').allTextContents()) {
			expect(meta).toMatch(/^Event ·/);
		}
		await page.goBack();
		await expect.poll(() => page.locator('search-page .results li').count(), POLL).toBe(all);
		await page.reload();
		await expect.poll(() => page.locator('search-page .results li').count(), POLL).toBe(all);
		await close();
	});

	it('ranks twenty results first (all, when only a few more) and more on request, moving focus to the first added', async () => {
		const { page, requests, errors, close } = await open('search/?q=cisa');
		await expect.poll(() => status(page), POLL).toMatch(/^\d+ results, 20 shown\.$/);
		const total = Number(/^(\d+)/.exec((await status(page)) ?? '')?.[1]);
		expect(await page.locator('search-page .results li').count()).toBe(20);
		// Only the records shown were fetched, not the whole index.
		const records = requests.filter((r) => /^\/search-index\/core\/r\d+\.json$/.test(r));
		expect(records.length).toBeLessThanOrEqual(21);
		const more = page.getByRole('button', { name: 'More results' });
		await more.click();
		await expect
			.poll(() => page.locator('search-page .results li').count(), POLL)
			// Forty, or all when only a few more.
			.toBe(total <= 60 ? total : 40);
		const added = page.locator('search-page .results a').nth(20);
		expect(await added.evaluate((a) => a === document.activeElement)).toBe(true);
		// A new query starts from the first twenty again.
		await page.locator('#search-q').fill('security');
		await expect.poll(() => status(page), POLL).toMatch(/^\d+ results, 20 shown\.$/);
		expect(errors).toEqual([]);
		await close();
	});

	it('works from the keyboard: / focuses, arrows move, Enter opens, Escape clears', async () => {
		const { page, close } = await open('search/');
		await page.locator('h1').click();
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
		await page.keyboard.type('GOLD EAGLE');
		await expect.poll(() => status(page), POLL).toMatch(/^\d+ results/);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const second = page.locator('search-page .results a').nth(1);
		expect(await second.evaluate((a) => a === document.activeElement)).toBe(true);
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
		await page.keyboard.press('Escape');
		expect(await page.locator('#search-q').inputValue()).toBe('');
		await expect.poll(() => page.locator('search-page .results li').count(), POLL).toBe(0);
		await page.keyboard.type('GOLD EAGLE');
		await expect.poll(() => status(page), POLL).toMatch(/^\d+ results/);
		await page.keyboard.press('ArrowDown');
		const href = await page.locator('search-page .results a').first().getAttribute('href');
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => `${url.pathname}${url.hash}` === href);
		await close();
	});

	it('shows a hostile query as text and runs nothing', async () => {
		const attack = '<img src=x onerror=alert(1)>"><script>alert(2)</script>';
		const { page, dialogs, errors, close } = await open(`search/?q=${encodeURIComponent(attack)}`);
		await expect.poll(() => status(page), POLL).toMatch(/results/);
		expect(await page.locator('#search-q').inputValue()).toBe(attack);
		await page.locator('#search-q').fill(`${attack} clearinghouse`);
		await expect.poll(() => status(page), POLL).toMatch(/results/);
		expect(await page.locator('search-page img, search-page script:not([type])').count()).toBe(0);
		expect(dialogs).toEqual([]);
		expect(errors).toEqual([]);
		await close();
	});

	it('is axe-clean with results shown', async () => {
		const { page, close } = await open('search/?q=frontier');
		await expect.poll(() => status(page), POLL).toMatch(/^\d+ results/);
		expect(await axeViolations(page)).toEqual([]);
		await close();
	});
});
