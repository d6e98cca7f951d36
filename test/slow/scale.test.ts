import { readFileSync, readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NEWS_PAGE_SIZE } from '../../src/lib/news.ts';
import type { IndexManifest } from '../../src/lib/search/index-files.ts';
import { CORE_NEWS, SHARD_SIZE } from '../../src/lib/search/shards.ts';
import { copyProject, removeCopy, runBuild } from '../support/project-copy.ts';
import { mainManifest, partRecords, readDistJson } from '../support/search-index.ts';
import { serveStatic } from '../support/static-server.ts';
import { writeSyntheticNews } from '../support/synthetic-store.ts';

// A build of a temporary copy with thousands of synthetic news items (example.com links; the
// real content is untouched): listings paginate, and search keeps its main index small and
// offers the older news from shard files.
const SYNTHETIC = 6200;
let dir: string;
let dist: string;
let server: Server;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
	dir = await copyProject();
	writeSyntheticNews(dir, SYNTHETIC, 7);
	const build = await runBuild(dir);
	if (build.code !== 0) throw new Error(`Build of the copy failed:\n${build.output}`);
	dist = join(dir, 'dist');
	({ server, url: baseUrl } = await serveStatic(dist));
	browser = await chromium.connect(inject('wsEndpoint'));
}, 300_000);

afterAll(async () => {
	await browser?.close();
	server?.close();
	if (dir) await removeCopy(dir);
});

describe('a store of thousands of news items', () => {
	it('is split into a main search index and shards of older news, losing nothing', () => {
		const store = JSON.parse(
			readFileSync(join(dir, 'content/news/news.json'), 'utf8'),
		) as unknown[];
		const main = mainManifest(dist);
		const records = partRecords(dist, main);
		expect(records.filter((r) => r.type === 'news')).toHaveLength(CORE_NEWS);
		const older = store.length - CORE_NEWS;
		expect(main.shards.map((s) => s.records)).toEqual([SHARD_SIZE, older - SHARD_SIZE]);
		const ids = records.filter((r) => r.type === 'news').map((r) => r.id);
		for (const shard of main.shards) {
			const part = partRecords(dist, readDistJson<IndexManifest>(dist, shard.path));
			expect(part).toHaveLength(shard.records);
			ids.push(...part.map((r) => r.id));
		}
		expect(new Set(ids).size).toBe(store.length);
	});

	it('lists every topic in pages of at most 50 items, and search links resolve to them', () => {
		const topics = readdirSync(join(dist, 'news/topics'));
		let paginated = 0;
		for (const topic of topics) {
			const pages = readdirSync(join(dist, 'news/topics', topic)).filter((p) => /^\d+$/.test(p));
			if (pages.length > 0) paginated++;
			for (const page of ['', ...pages]) {
				const html = readFileSync(join(dist, 'news/topics', topic, page, 'index.html'), 'utf8');
				const rows = html.match(/<tr\b[^>]*\bid="/g) ?? [];
				expect(rows.length, `${topic}/${page}`).toBeLessThanOrEqual(NEWS_PAGE_SIZE);
				// A listing with further pages has a full first page.
				if (page === '' && pages.length > 0) expect(rows.length).toBe(NEWS_PAGE_SIZE);
			}
		}
		expect(paginated).toBeGreaterThan(0);
		const shard = readDistJson<IndexManifest>(dist, 'search-index/news-2.json');
		for (const record of partRecords(dist, shard).slice(0, 20)) {
			const [path, id] = record.url.split('#');
			const html = readFileSync(join(dist, path!, 'index.html'), 'utf8');
			expect(html, record.url).toContain(`id="${id}"`);
		}
	});

	it('searches the newest news first and the older news when asked', async () => {
		const page = await browser.newPage();
		await page.goto(new URL('search/?q=clearinghouse&type=news', baseUrl).href);
		const status = page.locator('.status');
		await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/results?/);
		const before = Number(/(\d+) result/.exec((await status.textContent()) ?? '')?.[1]);
		const older = page.locator('.older');
		expect(await older.isVisible()).toBe(true);
		expect(await older.textContent()).toMatch(/newest 1,000 news items/);
		await older.getByRole('button').click();
		await expect
			.poll(async () => Number(/(\d+) result/.exec((await status.textContent()) ?? '')?.[1]), {
				timeout: 60_000,
			})
			.toBeGreaterThan(before);
		expect(await older.isVisible()).toBe(false);
		await page.close();
	});
});
