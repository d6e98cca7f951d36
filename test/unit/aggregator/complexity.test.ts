/**
 * Growth, not speed: each stage is timed on an input and on one ten times larger, in the same
 * run, and the larger must take less than twenty times as long (a linear or n·log n stage takes
 * about ten; an all-pairs one about a hundred). See `ratio` for how noise is kept out.
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

/**
 * CPU time of this test process, in ms. Unlike wall time it does not grow while other processes
 * hold the cores, so a loaded machine (the gate runs test files side by side) does not skew a ratio.
 */
function cpuMs(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

/**
 * How many times longer `large` takes than `small`, in CPU time. The small input is run GROWTH
 * times in a row for each measurement, so both measurements last about as long and pauses (garbage
 * collection) fall on both alike. Both run once to warm up (compiled code on both sizes), then
 * alternately seven times each, keeping each one's least.
 */
async function ratio(small: () => unknown, large: () => unknown): Promise<number> {
	await small();
	await large();
	let bestSmall = Number.POSITIVE_INFINITY;
	let bestLarge = Number.POSITIVE_INFINITY;
	for (let i = 0; i < 7; i++) {
		let start = cpuMs();
		for (let j = 0; j < GROWTH; j++) await small();
		bestSmall = Math.min(bestSmall, (cpuMs() - start) / GROWTH);
		start = cpuMs();
		await large();
		bestLarge = Math.min(bestLarge, cpuMs() - start);
	}
	return bestLarge / Math.max(bestSmall, 0.01);
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
	it('de-duplication of near-identical titles', async () => {
		const small = sameStory(300);
		const large = sameStory(300 * GROWTH);
		expect(
			await ratio(
				() => dedupe(small),
				() => dedupe(large),
			),
		).toBeLessThan(MAX_RATIO);
	});

	it('de-duplication of titles alike but for a number', async () => {
		const small = numbered(300);
		const large = numbered(300 * GROWTH);
		expect(
			await ratio(
				() => dedupe(small),
				() => dedupe(large),
			),
		).toBeLessThan(MAX_RATIO);
	});

	it('merging titles alike but for a number into a store of them', async () => {
		const merge = (n: number) => {
			const first = mergeIntoStore([], numbered(n), at(3), []).items;
			const again = numbered(n).map((c) => ({ ...c, url: `${c.url}/again`, feed: 'feed-b' }));
			return () => mergeIntoStore(first, again, at(4), []);
		};
		const small = merge(200);
		const large = merge(200 * GROWTH);
		expect(await ratio(small, large)).toBeLessThan(MAX_RATIO);
	});

	it('reading a prolog of processing instructions', async () => {
		const prolog = (n: number) => `<?xml version="1.0"?>${'<?pi x?>'.repeat(n)}<rss/>`;
		const run = (n: number) => () => {
			try {
				prepareXml(prolog(n));
			} catch {
				// Over the construct cap: refused, which is the point.
			}
		};
		expect(await ratio(run(500), run(500 * GROWTH))).toBeLessThan(MAX_RATIO);
	});

	it('parsing an RSS document', async () => {
		const small = rssOf(200);
		const large = rssOf(200 * GROWTH);
		const parse = (text: string) => () => parseFeed(text, 'https://example.com/');
		expect(await ratio(parse(small), parse(large))).toBeLessThan(MAX_RATIO);
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
		const normalize = (list: typeof small) => () => list.map((e) => normalizeEntry(e, context));
		expect(await ratio(normalize(small), normalize(large))).toBeLessThan(MAX_RATIO);
	});
});
