/**
 * /changes/: every change listed week by week with its link, the weekly feed read by rss-parser
 * and feedsmith with the same weeks and counts, and `?since=` applied by the page's small script
 * (and harmless without it).
 */
import { parseFeed } from 'feedsmith';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, useBrowser } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';

const browser = useBrowser();
const html = await readFile(join(DIST, 'changes/index.html'), 'utf8');
const xml = await readFile(join(DIST, 'changes.xml'), 'utf8');
const days = [...html.matchAll(/<li data-day="([\d-]+)"/g)].map((m) => m[1]!);
const SINCE = '2026-11-30';

describe('/changes/', () => {
	it('lists every stored news item and every changelog entry, each linked', async () => {
		const news = JSON.parse(
			await readFile(new URL('../../content/news/news.json', import.meta.url), 'utf8'),
		) as Array<{ url: string }>;
		for (const n of news) expect(html, n.url).toContain(`href="${n.url.replaceAll('&', '&amp;')}"`);
		expect(days.length).toBeGreaterThan(news.length);
	});

	it('its weekly feed reads the same in rss-parser and feedsmith, one item per week, counts matching the page', async () => {
		const feed = await new Parser().parseString(xml);
		const { format, feed: smith } = parseFeed(xml);
		expect(format).toBe('rss');
		const smithItems = (smith as { items?: Array<{ title?: string; link?: string }> }).items!;
		expect(smithItems.map((i) => [i.title, i.link])).toEqual(
			feed.items.map((i) => [i.title, i.link]),
		);
		const weeks = [...html.matchAll(/<h2 id="(week-[\d-]+)"/g)].map((m) => m[1]);
		expect(feed.items.map((i) => new URL(i.link!).hash.slice(1))).toEqual(weeks);
		const total = feed.items.reduce((n, i) => n + Number(/: (\d+) changes?/.exec(i.title!)![1]), 0);
		expect(total).toBe(days.length);
		const dates = feed.items.map((i) => i.pubDate);
		expect(new Set(dates).size).toBe(dates.length);
	});

	it('?since= shows only what changed after that day, and says how much', async () => {
		const { page, errors, close } = await openPage(browser(), `changes/?since=${SINCE}`);
		const later = days.filter((d) => d > SINCE).length;
		await expect
			.poll(() => page.locator('changes-since [role="status"]').textContent())
			.toMatch(new RegExp(`^${later} changes? after November 30, 2026\\.$`));
		const shown = await page
			.locator('li[data-day]:visible')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-day')!));
		expect(shown).toHaveLength(later);
		for (const d of shown) expect(d > SINCE).toBe(true);
		expect(await page.getByLabel('Changes after').inputValue()).toBe(SINCE);
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await close();
	});

	it('without JavaScript, the form is a plain GET and every change stays listed', async () => {
		const { page, close } = await openPage(browser(), `changes/?since=${SINCE}`, {
			javaScriptEnabled: false,
		});
		const form = page.locator('form.since');
		expect(await form.getAttribute('method')).toBe('get');
		expect(await page.locator('li[data-day]:visible').count()).toBe(days.length);
		await close();
	});
});
