import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sortNews } from '../../src/lib/news.ts';
import type { NewsItem } from '../../src/lib/schemas/news.ts';
import { openPage, useBrowser } from '../support/browser.ts';

const news = JSON.parse(
	await readFile(new URL('../../content/news/news.json', import.meta.url), 'utf8'),
) as NewsItem[];
const feeds = JSON.parse(
	await readFile(new URL('../../content/feeds/feeds.json', import.meta.url), 'utf8'),
) as Array<{ id: string; title: string }>;

const browser = useBrowser();

const open = (path: string) => openPage(browser(), path);

describe('the news pages', () => {
	it('list the stored items newest first, each with its reason, and links that open safely', async () => {
		const { page, errors, close } = await open('news/');
		const rows = page.locator('filter-table tbody tr');
		expect(await rows.count()).toBe(Math.min(news.length, 50));
		const ids = await rows.evaluateAll((r) => r.map((row) => row.id));
		expect(ids).toEqual(
			sortNews(news)
				.slice(0, 50)
				.map((i) => i.id),
		);
		expect(await rows.first().locator('.why').textContent()).toMatch(/Why it is here: \S/);
		for (const rel of await page
			.locator('tbody a[href^="http"]')
			.evaluateAll((a) => a.map((x) => x.getAttribute('rel')))) {
			expect(rel).toContain('noopener');
		}
		expect(errors).toEqual([]);
		await close();
	});

	it('filter by topic, with the filter in the URL', async () => {
		const topic = 'clearinghouse';
		const expected = news.filter((i) => i.topics.includes(topic)).length;
		const { page, close } = await open('news/');
		await page.getByLabel('Topic', { exact: true }).selectOption(topic);
		await expect
			.poll(() => new URL(page.url()).searchParams.get('topic'), { timeout: 5000 })
			.toBe(topic);
		expect(await page.locator('filter-table tbody tr:not([hidden])').count()).toBe(expected);
		await close();
	});

	it('have a page per topic listing exactly its items', async () => {
		const { page, close } = await open('news/topics/directives/');
		const ids = await page.locator('tbody tr').evaluateAll((r) => r.map((row) => row.id));
		expect(ids.sort()).toEqual(
			news
				.filter((i) => i.topics.includes('directives'))
				.map((i) => i.id)
				.sort(),
		);
		await close();
	});

	it('show the health of every configured feed', async () => {
		const { page, close } = await open('news/feeds/');
		const names = await page.locator('tbody th').allTextContents();
		for (const feed of feeds) expect(names.some((n) => n.includes(feed.title))).toBe(true);
		await close();
	});
});
