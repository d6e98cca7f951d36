import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './browser.ts';

export interface PageCheckOptions {
	/**
	 * Also run every axe rule in dark mode (not only contrast), and check the page with scripting
	 * off: still axe-clean, and no visible control that only a script could make work.
	 */
	thorough?: boolean;
}

/**
 * Browser checks of each page in `pages` (site-relative paths; a query string is kept for the
 * visit and ignored for the canonical URL): status, metadata, console and CSP errors, axe in light
 * and dark, the skip link and a 320 px width.
 */
export function definePageChecks(
	pages: readonly string[],
	{ thorough = false }: PageCheckOptions = {},
) {
	let browser: Browser;
	// One context for every page, so the browser's cache (and its compiled axe-core) is shared.
	let context: BrowserContext;

	beforeAll(async () => {
		browser = await chromium.connect(inject('wsEndpoint'));
		context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	});
	afterAll(async () => {
		await browser?.close();
	});

	// One page per URL, loaded once; the tests below run in order on it.
	describe.each([...pages])('page %s', (target) => {
		const path = target.replace(/\?.*$/, '');
		let page: Page;
		let status: number | undefined;
		const errors: string[] = [];

		beforeAll(async () => {
			page = await context.newPage();
			// Any Content-Security-Policy violation on the page is an error too.
			await page.exposeFunction('__cspViolation', (text: string) => errors.push(`CSP: ${text}`));
			await page.addInitScript(() =>
				document.addEventListener('securitypolicyviolation', (e) =>
					(window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
						`${e.violatedDirective} blocked ${e.blockedURI}`,
					),
				),
			);
			page.on('console', (msg) => {
				if (msg.type() === 'error') errors.push(msg.text());
			});
			page.on('pageerror', (err) => errors.push(err.message));
			status = (await page.goto(new URL(target.slice(1), inject('baseUrl')).href))?.status();
		});
		afterAll(async () => {
			await page?.close();
		});

		it('loads with no console errors and has complete metadata', async () => {
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
		});

		it('has no axe violations (WCAG 2.2 A/AA) in light mode', async () => {
			expect(await axeViolations(page)).toEqual([]);
		});

		it('has no colour-contrast violations in dark mode', async () => {
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
			await page.emulateMedia({ colorScheme: 'light' });
		});

		if (thorough) {
			it('has no axe violations of any rule in dark mode', async () => {
				await page.emulateMedia({ colorScheme: 'dark' });
				expect(await axeViolations(page)).toEqual([]);
				await page.emulateMedia({ colorScheme: 'light' });
			});

			it('without JavaScript shows its content and no control that needs a script', async () => {
				const noScript = await browser.newContext({
					javaScriptEnabled: false,
					viewport: { width: 1280, height: 900 },
				});
				try {
					const plain = await noScript.newPage();
					const errors: string[] = [];
					plain.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
					await plain.goto(new URL(target.slice(1), inject('baseUrl')).href);
					const dead = await plain
						.locator('button:visible, input:visible, select:visible, .needs-script:visible')
						.evaluateAll((els) =>
							els
								.filter((el) => (el as HTMLButtonElement).disabled || el.closest('.needs-script'))
								.map((el) => el.outerHTML.slice(0, 120)),
						);
					expect(dead).toEqual([]);
					expect(await plain.locator('main h1').isVisible()).toBe(true);
					expect((await plain.locator('main').innerText()).length).toBeGreaterThan(100);
					expect(errors).toEqual([]);
				} finally {
					await noScript.close();
				}
			});
		}

		it('has a skip link that moves keyboard focus to the main content', async () => {
			await page.keyboard.press('Tab');
			const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
			expect(first).toBe('Skip to main content');
			await page.keyboard.press('Enter');
			const focused = await page.evaluate(() => document.activeElement?.id);
			expect(focused).toBe('main');
			expect(new URL(page.url()).hash).toBe('#main');
		});

		it('fits a 320 px screen without horizontal scrolling', async () => {
			await page.setViewportSize({ width: 320, height: 800 });
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	});

	if (thorough) {
		describe('a missing page', () => {
			it('answers 404 with the site frame and links to the main parts', async () => {
				const context = await browser.newContext();
				const page = await context.newPage();
				const errors: string[] = [];
				page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
				const response = await page.goto(new URL('no-such-page/', inject('baseUrl')).href);
				expect(response?.status()).toBe(404);
				expect(await page.locator('h1').textContent()).toBe('Page not found');
				const links = await page
					.locator('main a')
					.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
				expect(links).toContain('/order/');
				// The browser logs the document's own 404 status; anything else is a real error.
				expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
				expect(await axeViolations(page)).toEqual([]);
				await page.emulateMedia({ colorScheme: 'dark' });
				expect(await axeViolations(page)).toEqual([]);
				await context.close();
			});
		});
	}
}
