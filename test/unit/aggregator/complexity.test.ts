/**
 * Growth, not speed: each stage is timed on an input and on one ten times larger, in the same
 * run, and the larger must take less than twenty times as long (a linear or n·log n stage takes
 * about ten; an all-pairs one about a hundred). Each size is run once to warm up, then timed
 * five times and the fastest kept, so neither the JIT nor a pause of the machine decides it.
 */
import { describe, expect, it } from 'vitest';
import { normalizeEntry } from '../../../src/lib/aggregator/normalize/normalize.ts';
import { parseFeed } from '../../../src/lib/aggregator/parse/parse.ts';
import { prepareXml } from '../../../src/lib/aggregator/parse/prolog.ts';
import { dedupe } from '../../../src/lib/aggregator/store/dedupe.ts';
import { mergeIntoStore } from '../../../src/lib/aggregator/store/store.ts';
import { at, candidate } from './candidates.ts';

const GROWTH = 10;
const MAX_RATIO = 20;

function fastest(run: () => unknown): number {
	run(); // warm-up: compiled code on both sizes, so the ratio compares work, not the JIT
	let best = Number.POSITIVE_INFINITY;
	for (let i = 0; i < 5; i++) {
		const start = performance.now();
		run();
		best = Math.min(best, performance.now() - start);
	}
	return Math.max(best, 0.05);
}

async function fastestAsync(run: () => Promise<unknown>): Promise<number> {
	await run();
	let best = Number.POSITIVE_INFINITY;
	for (let i = 0; i < 5; i++) {
		const start = performance.now();
		await run();
		best = Math.min(best, performance.now() - start);
	}
	return Math.max(best, 0.05);
}

/** Near-identical titles: every pair shares most bigrams, the worst case for title matching. */
const sameStory = (n: number) =>
	Array.from({ length: n }, (_, i) =>
		candidate({
			feed: `feed-${i % 7}`,
			url: `https://example.com/s/${i}`,
			title: `Agencies publish the same long identical headline about GOLD EAGLE variant ${i % 3 === 0 ? 'alpha' : 'beta'}`,
			published: at((i % 50) / 25),
		}),
	);

/**
 * Titles alike in every word but a number: never one story (numbers differ), so each is a story
 * of its own and all share the index's posting lists, the worst case for candidate lookups.
 */
const numbered = (n: number) =>
	Array.from({ length: n }, (_, i) =>
		candidate({
			feed: 'feed-a',
			url: `https://example.com/n/${i}`,
			title: `Agencies publish the same long identical headline about GOLD EAGLE number ${i}`,
			published: at((i % 50) / 25),
		}),
	);

const rssOf = (n: number) =>
	`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${Array.from(
		{ length: n },
		(_, i) =>
			`<item><title>EO 14409 item ${i} &amp; &lt;b&gt;more&lt;/b&gt;</title><link>https://example.com/${i}</link><pubDate>Tue, 02 Jun 2026 12:00:00 GMT</pubDate><description>&lt;p&gt;Summary ${i}&lt;/p&gt;</description></item>`,
	).join('')}</channel></rss>`;

describe('growth of each stage when its input grows tenfold', () => {
	it('de-duplication of near-identical titles', () => {
		const small = sameStory(300);
		const large = sameStory(300 * GROWTH);
		expect(fastest(() => dedupe(large)) / fastest(() => dedupe(small))).toBeLessThan(MAX_RATIO);
	});

	it('de-duplication of titles alike but for a number', () => {
		const small = numbered(300);
		const large = numbered(300 * GROWTH);
		expect(fastest(() => dedupe(large)) / fastest(() => dedupe(small))).toBeLessThan(MAX_RATIO);
	});

	it('merging titles alike but for a number into a store of them', () => {
		const merge = (n: number) => {
			const first = mergeIntoStore([], numbered(n), at(3), []).items;
			const again = numbered(n).map((c) => ({ ...c, url: `${c.url}/again`, feed: 'feed-b' }));
			return () => mergeIntoStore(first, again, at(4), []);
		};
		const small = merge(400);
		const large = merge(400 * GROWTH);
		expect(fastest(large) / fastest(small)).toBeLessThan(MAX_RATIO);
	});

	it('reading a prolog of processing instructions', () => {
		const prolog = (n: number) => `<?xml version="1.0"?>${'<?pi x?>'.repeat(n)}<rss/>`;
		const run = (n: number) => () => {
			try {
				prepareXml(prolog(n));
			} catch {
				// Over the construct cap: refused, which is the point.
			}
		};
		expect(fastest(run(500 * GROWTH)) / fastest(run(500))).toBeLessThan(MAX_RATIO);
	});

	it('parsing an RSS document', async () => {
		const small = rssOf(200);
		const large = rssOf(200 * GROWTH);
		const time = (text: string) => fastestAsync(() => parseFeed(text, 'https://example.com/'));
		expect((await time(large)) / (await time(small))).toBeLessThan(MAX_RATIO);
	});

	it('normalizing entries', async () => {
		const entries = async (n: number) =>
			(await parseFeed(rssOf(n), 'https://example.com/')).entries;
		const context = {
			feed: 'f',
			feedUrl: 'https://example.com/',
			now: new Date('2026-06-10T00:00:00Z'),
		};
		const small = await entries(100);
		const large = await entries(100 * GROWTH);
		const time = (list: typeof small) => fastest(() => list.map((e) => normalizeEntry(e, context)));
		expect(time(large) / time(small)).toBeLessThan(MAX_RATIO);
	});
});
