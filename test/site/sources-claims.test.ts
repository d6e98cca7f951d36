import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIST } from '../support/dist.ts';

const sources = JSON.parse(
	await readFile(new URL('../../content/sources/sources.json', import.meta.url), 'utf8'),
) as Array<{ id: string; url?: string }>;
const claims = JSON.parse(
	await readFile(new URL('../../content/claims/claims.json', import.meta.url), 'utf8'),
) as Array<{ id: string; positions: Array<{ source: string; stance: string }> }>;

let browser: Browser;
beforeAll(async () => {
	browser = await chromium.connect(inject('wsEndpoint'));
});
afterAll(async () => {
	await browser?.close();
});

const url = (path: string) => new URL(path.slice(1), inject('baseUrl')).href;

describe('source and claim pages in dist/', () => {
	it('exist for every source and every claim', async () => {
		for (const s of sources)
			await expect(readFile(join(DIST, 'sources', s.id, 'index.html'))).resolves.toBeDefined();
		for (const c of claims)
			await expect(readFile(join(DIST, 'claims', c.id, 'index.html'))).resolves.toBeDefined();
	});

	it('link out to each source only with the URL its record holds', async () => {
		for (const s of sources) {
			const html = await readFile(join(DIST, 'sources', s.id, 'index.html'), 'utf8');
			if (s.url) expect(html, s.id).toContain(`href="${s.url.replace(/&/g, '&amp;')}"`);
			else expect(html, s.id).toContain('no confirmed address');
		}
	});
});

describe('cite this source', () => {
	it('offers a reference, BibTeX and valid CSL-JSON, and copies them with the button', async () => {
		const context = await browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const page = await context.newPage();
		const id = sources.find((s) => s.url)!.id;
		await page.goto(url(`/sources/${id}/`));
		const csl = JSON.parse((await page.locator('#cite-csl').textContent()) ?? '');
		expect(csl[0].id).toBe(id);
		expect(await page.locator('#cite-bibtex').textContent()).toMatch(/^@misc\{[a-z0-9_]+,\n/);
		const copy = page.locator('copy-button[target="cite-bibtex"] button');
		await copy.click();
		await expect
			.poll(() => page.locator('copy-button[target="cite-bibtex"] [role="status"]').textContent())
			.toBe('Copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			await page.locator('#cite-bibtex').textContent(),
		);
		await context.close();
	});

	it('without JavaScript the citations are plain text and no copy button shows', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url(`/sources/${sources[0]!.id}/`));
		expect(await page.locator('copy-button').first().isVisible()).toBe(false);
		expect(await page.locator('#cite-text').isVisible()).toBe(true);
		await context.close();
	});
});

describe('the coverage matrix', () => {
	it('marks every stance with a symbol and words, never colour alone', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(url('/claims/'));
		const cells = await page
			.locator('.matrix tbody td')
			.evaluateAll((tds) =>
				tds.map((td) => ({ cls: td.className, text: td.textContent?.trim() ?? '' })),
			);
		const positions = claims.reduce((n, c) => n + c.positions.length, 0);
		const marked = cells.filter((c) => !/none/.test(c.cls));
		expect(marked).toHaveLength(positions);
		for (const c of marked)
			expect(c.text).toMatch(
				/^(✓States it as the order does|≠States it differently|–Does not address it)$/,
			);
		for (const c of cells.filter((x) => /none/.test(x.cls))) expect(c.text).toBe('Not assessed');
		await context.close();
	});

	it('can be scrolled from the keyboard on a phone and lists claims as text first', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
		const page = await context.newPage();
		await page.goto(url('/claims/'));
		const region = page.getByRole('region', { name: 'The full matrix' });
		expect(await region.getAttribute('tabindex')).toBe('0');
		expect(await page.locator('ol.claims > li').count()).toBe(claims.length);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await context.close();
	});
});
