/**
 * The order page: its "at a glance" cards keep every word whole at every width from 320 to
 * 1440 px, and its requirements table gives each requirement's status and a link to its page.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser.ts';

const browser = useBrowser();

describe('the order page’s cards', () => {
	it.each([320, 360, 390, 600, 768, 1024, 1280, 1440])(
		'at %i px, no card is narrower than its longest word (no word split across lines)',
		async (width) => {
			const { page, close } = await openPage(browser(), 'order/', { width });
			const split = await page.locator('dl.facts').evaluate((dl) => {
				const broken: string[] = [];
				const walker = document.createTreeWalker(dl, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const text = node.textContent ?? '';
					for (const match of text.matchAll(/\S+/g)) {
						const range = document.createRange();
						range.setStart(node, match.index);
						range.setEnd(node, match.index + match[0].length);
						const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
						if (lines.size > 1) broken.push(match[0]);
					}
				}
				return broken;
			});
			expect(split).toEqual([]);
			const overflow = await page
				.locator('dl.facts > div')
				.evaluateAll((cards) =>
					cards.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent),
				);
			expect(overflow).toEqual([]);
			await close();
		},
	);
});

describe('the order page’s requirements table', () => {
	it('gives every requirement a status and a link to its page', async () => {
		const { page, close } = await openPage(browser(), 'order/', { javaScriptEnabled: false });
		const rows = page.locator('#requirements ~ .table-scroll tbody tr');
		const count = await rows.count();
		expect(count).toBeGreaterThan(5);
		expect(await rows.locator('.status').count()).toBe(count);
		expect(await rows.locator('a[href*="/milestones/"]').count()).toBe(count);
		await close();
	});
});
