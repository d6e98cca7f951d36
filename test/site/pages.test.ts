import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sitemapPaths } from '../support/dist.ts';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const paths = await sitemapPaths();
let browser: Browser;

beforeAll(async () => {
	browser = await chromium.connect(inject('wsEndpoint'));
});
afterAll(async () => {
	await browser?.close();
});

/** Opens `path`, collecting console errors and page errors. */
async function open(path: string, options: { width?: number; dark?: boolean } = {}) {
	const context = await browser.newContext({
		viewport: { width: options.width ?? 1280, height: 900 },
		colorScheme: options.dark ? 'dark' : 'light',
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (err) => errors.push(err.message));
	const response = await page.goto(new URL(path.slice(1), inject('baseUrl')).href);
	return { page, errors, status: response?.status(), close: () => context.close() };
}

async function axeViolations(page: Page): Promise<string[]> {
	await page.evaluate(axeSource);
	const result = await page.evaluate(
		(tags) =>
			// @ts-expect-error axe is injected above
			window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
		AXE_TAGS,
	);
	return (
		result as { violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }
	).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(paths)('page %s', (path) => {
	it('loads with no console errors and has complete metadata', async () => {
		const { page, errors, status, close } = await open(path);
		expect(status).toBe(200);
		const meta = await page.evaluate(() => ({
			lang: document.documentElement.lang,
			title: document.title,
			h1: document.querySelectorAll('h1').length,
			description:
				document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
			canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
			ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '',
			ogUrl: document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? '',
			main: document.querySelectorAll('main').length,
			nav: document.querySelectorAll('header nav').length,
			footer: document.querySelectorAll('footer').length,
		}));
		expect(meta.lang).toBe('en');
		expect(meta.title.length).toBeGreaterThan(5);
		expect(meta.h1).toBe(1);
		expect(meta.description.length).toBeGreaterThan(30);
		expect(new URL(meta.canonical).pathname).toBe(path);
		expect(meta.ogUrl).toBe(meta.canonical);
		expect(meta.ogTitle).toBe(meta.title);
		expect([meta.main, meta.nav, meta.footer]).toEqual([1, 1, 1]);
		expect(errors).toEqual([]);
		await close();
	});

	it('has no axe violations (WCAG 2.2 A/AA) in light and dark mode', async () => {
		for (const dark of [false, true]) {
			const { page, close } = await open(path, { dark });
			expect(await axeViolations(page), dark ? 'dark' : 'light').toEqual([]);
			await close();
		}
	});

	it('has a skip link that moves keyboard focus to the main content', async () => {
		const { page, close } = await open(path);
		await page.keyboard.press('Tab');
		const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
		expect(first).toBe('Skip to main content');
		await page.keyboard.press('Enter');
		const focused = await page.evaluate(() => document.activeElement?.id);
		expect(focused).toBe('main');
		expect(new URL(page.url()).hash).toBe('#main');
		await close();
	});

	it('fits a 320 px screen without horizontal scrolling', async () => {
		const { page, close } = await open(path, { width: 320 });
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await close();
	});
});

describe('a missing page', () => {
	it('answers 404 with the site frame and links to the main parts', async () => {
		const { page, status, errors, close } = await open('/no-such-page/');
		expect(status).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('Page not found');
		const links = await page
			.locator('main a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links).toContain('/order/');
		// The browser logs the document's own 404 status; anything else is a real error.
		expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
		await close();
	});
});
