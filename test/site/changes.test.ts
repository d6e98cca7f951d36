/**
 * /changes/: every change listed week by week with its link, the weekly feed read by rss-parser
 * and feedsmith with the same weeks and counts, and `?since=` applied by the page's small script
 * (and harmless without it).
 */
import { parseFeed } from 'feedsmith';
import { readFile, readdir } from 'node:fs/promises';
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

	describe('new and corrected sources', () => {
		const read = async <T>(path: string) =>
			JSON.parse(await readFile(new URL(`../../content/${path}`, import.meta.url), 'utf8')) as T;
		const entries = (fragment: string) =>
			[...fragment.matchAll(/<li data-day="([\d-]+)"[^>]*>(.*?)<\/li>/g)].map((m) => ({
				day: m[1]!,
				text: m[2]!.replace(/<[^>]+>/g, ''),
				links: [...m[2]!.matchAll(/href="([^"]+)"/g)].map((l) => l[1]!),
			}));
		/** Each requirement group (its link, or null) with its entries, per week. */
		const groups = html
			.split('<div data-box')
			.slice(1)
			.map((box) => ({
				requirement: /<h3[^>]*>\s*<a href="\/milestones\/([^/]+)\/"/.exec(box)?.[1] ?? null,
				entries: entries(box),
			}));

		it('lists each source added after the first publication, on its day, under each requirement citing it', async () => {
			const sources = await read<Array<{ id: string; added: string }>>('sources/sources.json');
			const changelog = await read<Array<{ date: string }>>('changelog/changelog.json');
			const first = changelog.map((c) => c.date).sort()[0]!;
			const later = sources.filter((s) => s.added > first);
			expect(later.length).toBeGreaterThan(0);
			const citing = new Map<string, string[]>();
			for (const file of await readdir(new URL('../../content/milestones/', import.meta.url))) {
				const text = await readFile(
					new URL(`../../content/milestones/${file}`, import.meta.url),
					'utf8',
				);
				for (const s of sources) {
					if (text.includes(`"${s.id}"`))
						citing.set(s.id, [...(citing.get(s.id) ?? []), file.replace('.json', '')]);
				}
			}
			for (const s of later) {
				const where = groups.filter((g) =>
					g.entries.some(
						(e) =>
							e.links.includes(`/sources/${s.id}/`) &&
							e.day === s.added &&
							/new source:/.test(e.text),
					),
				);
				expect(where.map((g) => g.requirement).sort(), s.id).toEqual(
					citing.get(s.id)?.sort() ?? [null],
				);
			}
			const starting = sources.filter((s) => s.added <= first).length;
			const catalogue = entries(html).find((e) => e.links.includes('/sources/'));
			expect(catalogue?.text).toContain(
				`${starting} sources catalogued at the tracker’s first publication`,
			);
			expect(catalogue?.day).toBe(first);
		});

		it('lists each correction of a source on its day, linking to the source', async () => {
			const sources =
				await read<Array<{ id: string; corrections?: Array<{ date: string; what: string }> }>>(
					'sources/sources.json',
				);
			for (const s of sources)
				for (const c of s.corrections ?? []) {
					const hit = entries(html).find(
						(e) =>
							e.links.includes(`/sources/${s.id}/`) &&
							e.day === c.date &&
							/corrected source:/.test(e.text),
					);
					expect(hit?.text, s.id).toContain(c.what);
				}
		});

		it('carries them into the weekly feed and into ?since=', async () => {
			const feed = await new Parser().parseString(xml);
			const added = [
				...html.matchAll(
					/<li data-day="([\d-]+)"[^>]*>[^]*?new source:[^]*?href="(\/sources\/[^"]+)"/g,
				),
			];
			expect(added.length).toBeGreaterThan(0);
			const content = feed.items.map((i) => String(i['content:encoded'] ?? '')).join('');
			for (const [, , link] of added) expect(content).toContain(`${link}`);
			const { page, close } = await openPage(browser(), `changes/?since=${SINCE}`);
			await expect
				.poll(() => page.locator('changes-since [role="status"]').textContent())
				.toMatch(/after/);
			const shown = await page
				.locator('li[data-day]:visible a[href^="/sources/"]')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(shown).toEqual(
				expect.arrayContaining(added.filter((m) => m[1]! > SINCE).map((m) => m[2])),
			);
			expect(shown.length).toBeGreaterThan(0);
			await close();
		});
	});
});
