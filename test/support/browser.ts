/**
 * Helpers for browser tests against the shared Chromium and test server (see global-setup.ts):
 * a connection per test file, opening a page that records its errors, and running axe.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { AXE_PATH } from './global-setup.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Connects this test file to the shared Chromium; call the result inside a test to get it. */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await chromium.connect(inject('wsEndpoint'));
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => browser!;
}

export interface OpenOptions {
	javaScriptEnabled?: boolean;
	width?: number;
	height?: number;
	colorScheme?: 'light' | 'dark';
	/** Runs before navigation, to listen for requests, dialogs and the like. */
	prepare?: (page: Page) => void;
}

/**
 * Opens `path` (relative to the test server) in a fresh context. `errors` collects uncaught
 * exceptions and console errors; `close` ends the context.
 */
export async function openPage(browser: Browser, path: string, options: OpenOptions = {}) {
	const context = await browser.newContext({
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
		colorScheme: options.colorScheme ?? 'light',
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	options.prepare?.(page);
	await page.goto(new URL(path, inject('baseUrl')).href);
	return { page, errors, close: () => context.close() };
}

/**
 * axe's violations on the page as `rule: targets`, over WCAG 2.2 A and AA, or only `rules`.
 * axe-core is loaded as a cached script, so the browser compiles it once for a whole run.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) {
		await page.addScriptTag({ url: new URL(AXE_PATH, inject('baseUrl')).href });
	}
	const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: AXE_TAGS };
	const result = await page.evaluate(
		// @ts-expect-error axe is injected above
		(only) => window.axe.run(document, { runOnly: only, resultTypes: ['violations'] }),
		runOnly,
	);
	return (
		result as { violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }
	).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
