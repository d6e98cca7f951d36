import { describe, expect, it } from 'vitest';
import {
	dedupe,
	reportOf,
	SAME_STORY_DAYS,
	type Candidate,
	type Story,
} from '../../../src/lib/aggregator/store/dedupe.ts';
import {
	createTitleIndex,
	sameTitle,
	titleSignature,
	titleSimilarity,
	TITLE_SIMILARITY,
	type TitleSignature,
} from '../../../src/lib/aggregator/store/title-similarity.ts';
import { at, candidate, match, random, shuffled } from './candidates.ts';

/** Stories as lists of URLs, survivor first. */
function urlsOf(stories: Story[]): string[][] {
	return stories.map((story) => [story.survivor, ...story.duplicates].map((c) => c.url));
}

const GOLD = 'White House launches Gold Eagle AI cybersecurity clearinghouse';

describe('dedupe() merges one story told twice', () => {
	it.each<[string, Candidate[]]>([
		[
			'the same GUID within one feed, under two URLs',
			[
				candidate({ feed: 'wh-releases', guid: 'p-1', url: 'https://example.com/a', title: GOLD }),
				candidate({
					feed: 'wh-releases',
					guid: 'p-1',
					url: 'https://example.com/a-renamed',
					title: 'Gold Eagle begins intake',
					published: at(5),
				}),
			],
		],
		[
			'the same canonical URL in two feeds, however far apart in time',
			[
				candidate({ feed: 'wh-releases', url: 'https://example.com/a', title: GOLD }),
				candidate({
					feed: 'wh-all',
					url: 'https://example.com/a',
					title: 'Other',
					published: at(9),
				}),
			],
		],
		[
			'near-identical titles in two feeds within three days',
			[
				candidate({ feed: 'wh-releases', url: 'https://example.com/a', title: GOLD }),
				candidate({
					feed: 'nextgov-ai',
					url: 'https://example.org/b',
					title: `White House Launches \u2018Gold Eagle\u2019 AI Cybersecurity Clearinghouse \u2013 Nextgov`,
					published: at(SAME_STORY_DAYS),
				}),
			],
		],
		[
			'a shared GUID and a shared URL, transitively',
			[
				candidate({ feed: 'f-a', guid: 'g', url: 'https://example.com/1', title: 'One story a' }),
				candidate({ feed: 'f-a', guid: 'g', url: 'https://example.com/2', title: 'Two story b' }),
				candidate({ feed: 'f-b', url: 'https://example.com/2', title: 'Three story c' }),
			],
		],
	])('merges %s', (_, items) => {
		const stories = dedupe(items);
		expect(stories).toHaveLength(1);
		expect(stories[0]?.duplicates).toHaveLength(items.length - 1);
	});
});

describe('dedupe() keeps distinct stories apart', () => {
	it.each<[string, Candidate[]]>([
		[
			'the same GUID in two feeds under two URLs',
			[
				candidate({
					feed: 'f-a',
					guid: '1',
					url: 'https://example.com/a',
					title: 'Alpha beta gamma',
				}),
				candidate({
					feed: 'f-b',
					guid: '1',
					url: 'https://example.com/b',
					title: 'Delta epsilon zeta',
				}),
			],
		],
		[
			'near-identical titles more than three days apart',
			[
				candidate({ feed: 'f-a', url: 'https://example.com/a', title: GOLD }),
				candidate({
					feed: 'f-b',
					url: 'https://example.org/b',
					title: GOLD,
					published: at(SAME_STORY_DAYS + 0.01),
				}),
			],
		],
		[
			'titles that differ only in a number',
			[
				candidate({
					feed: 'f-a',
					url: 'https://example.com/a',
					title: 'CISA issues BOD 26-04 today',
				}),
				candidate({
					feed: 'f-b',
					url: 'https://example.org/b',
					title: 'CISA issues BOD 26-05 today',
				}),
			],
		],
		[
			'one title repeated by one feed under two GUIDs',
			[
				candidate({
					feed: 'cisa-advisories',
					guid: 'kev-1',
					url: 'https://example.com/kev-1',
					title: 'CISA Adds Three Known Exploited Vulnerabilities to Catalog',
				}),
				candidate({
					feed: 'cisa-advisories',
					guid: 'kev-2',
					url: 'https://example.com/kev-2',
					title: 'CISA Adds Three Known Exploited Vulnerabilities to Catalog',
					published: at(2),
				}),
			],
		],
		[
			'generic titles of fewer than three significant words',
			[
				candidate({ feed: 'f-a', url: 'https://example.com/a', title: 'Press release' }),
				candidate({ feed: 'f-b', url: 'https://example.org/b', title: 'Press release' }),
			],
		],
		[
			'titles with one word changed in six',
			[
				candidate({
					feed: 'f-a',
					url: 'https://example.com/a',
					title: 'CISA issues AI directive for federal agencies',
				}),
				candidate({
					feed: 'f-b',
					url: 'https://example.org/b',
					title: 'CISA drafts AI directive for federal agencies',
				}),
			],
		],
	])('keeps apart %s', (_, items) => {
		expect(dedupe(items)).toHaveLength(items.length);
	});
});

describe('dedupe() survivor and merged fields', () => {
	const early = candidate({
		feed: 'nextgov-ai',
		url: 'https://example.org/gold',
		title: GOLD,
		published: at(0),
		matches: [match('gold-eagle'), match('ai-clearinghouse', 'summary')],
	});
	const sameTimeLowerFeed = candidate({
		feed: 'machinespeed',
		url: 'https://example.org/z',
		title: `${GOLD}.`,
		published: at(0),
		matches: [match('gold-eagle', 'summary'), match('order-number')],
	});
	const late = candidate({
		feed: 'wh-releases',
		url: 'https://example.com/gold',
		title: GOLD,
		published: at(1),
	});
	const lateCopy = { ...late, feed: 'wh-all', publisher: 'Publisher of wh-all' };

	it('keeps the earliest published; on a tie the lower feed id, then the lower URL', () => {
		const [story] = dedupe([late, early, sameTimeLowerFeed]);
		expect(story?.survivor).toBe(sameTimeLowerFeed);
		const [tie] = dedupe([
			{ ...early, url: 'https://example.org/y' },
			{ ...early, url: 'https://example.org/x' },
		]);
		expect(tie?.survivor.url).toBe('https://example.org/x');
	});

	it('lists the other copies as alsoReportedBy entries, sorted by feed then URL', () => {
		const [story] = dedupe([lateCopy, late, early]);
		const expected = [lateCopy, late].map(reportOf).sort((a, b) => (a.feed < b.feed ? -1 : 1));
		expect(story?.alsoReportedBy).toEqual(expected);
		expect(story?.alsoReportedBy[0]).toEqual({
			feed: lateCopy.feed,
			publisher: lateCopy.publisher,
			url: lateCopy.url,
			title: lateCopy.title,
		});
	});

	it('unions matches, one per rule with the survivor\u2019s first, sorted by rule id', () => {
		const [story] = dedupe([early, sameTimeLowerFeed, late]);
		const rules = story?.matches.map((m) => m.rule);
		expect(rules).toEqual(['ai-clearinghouse', 'gold-eagle', 'order-number']);
		expect(story?.matches.find((m) => m.rule === 'gold-eagle')).toEqual(
			sameTimeLowerFeed.matches[0],
		);
	});

	it('gives the same stories whatever the input order', () => {
		const items = [early, sameTimeLowerFeed, late, lateCopy];
		const reference = JSON.stringify(dedupe(items));
		for (const seed of [1, 2, 3, 4, 5]) {
			expect(JSON.stringify(dedupe(shuffled(items, seed)))).toBe(reference);
		}
	});

	it('does not chain title copies beyond three days of the survivor', () => {
		const daily = [0, 2, 4, 6].map((day) =>
			candidate({
				feed: `f-${day}`,
				url: `https://example.com/${day}`,
				title: GOLD,
				published: at(day),
			}),
		);
		expect(urlsOf(dedupe(daily))).toEqual([
			['https://example.com/0', 'https://example.com/2'],
			['https://example.com/4', 'https://example.com/6'],
		]);
	});
});

describe('dedupe() on a feed that repeats one item hourly', () => {
	// The pattern of a real vulnerability feed: one item re-published every hour for 27 hours with
	// no GUID and the same link (once with a stray trailing space, kept percent-encoded here).
	const title = 'CVE-2024- 29973  is getting exploited in the wild';
	const copies = Array.from({ length: 28 }, (_, hour) =>
		candidate({
			feed: 'vuln-feed',
			url: `https://example.org/vuln/CVE-2024-%2029973${hour === 27 ? '%20' : ''}`,
			title,
			published: at(hour / 24),
		}),
	);
	const others = ['CVE-2021-24762', 'CVE-2022-21371'].flatMap((id) =>
		Array.from({ length: 3 }, (_, hour) =>
			candidate({
				feed: 'vuln-feed',
				url: `https://example.org/vuln/${id}`,
				title: `${id}   is getting exploited in the wild`,
				published: at(hour / 24),
			}),
		),
	);

	it('collapses the 28 copies into one story with 27 duplicates, by link and title', () => {
		const stories = dedupe(shuffled([...copies, ...others], 7));
		const story = stories.find((s) => s.survivor.title === title);
		expect(story?.survivor).toBe(copies[0]);
		expect(story?.duplicates).toHaveLength(27);
		expect(story?.alsoReportedBy.map((r) => r.url)).toEqual([copies[27]?.url]);
	});

	it('keeps items about other CVE numbers apart', () => {
		const stories = dedupe([...copies, ...others]);
		expect(stories.map((s) => s.survivor.title).sort()).toEqual(
			[title, ...others.filter((_, i) => i % 3 === 0).map((c) => c.title)].sort(),
		);
	});
});

describe('dedupe() at scale', () => {
	const words = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}`);
	function titles(count: number, seed: number, length = 8): string[] {
		const next = random(seed);
		return Array.from({ length: count }, () =>
			Array.from({ length }, () => words[Math.floor(next() * words.length)]).join(' '),
		);
	}

	it('groups 10,000 candidates (2,500 stories told four ways) into 2,500 stories', () => {
		const items = titles(2500, 11).flatMap((title, i) => {
			const published = at((i % 300) / 10);
			const url = `https://example.com/s/${i}`;
			return [
				candidate({ feed: 'f-a', guid: `g${i}`, url, title, published }),
				candidate({ feed: 'f-a', guid: `g${i}`, url: `${url}?v=2`, title, published }),
				candidate({ feed: 'f-b', url, title: `${title} x`, published }),
				candidate({
					feed: 'f-c',
					url: `https://example.org/${i}`,
					title: `${title} - Pub`,
					published,
				}),
			];
		});
		const stories = dedupe(items);
		expect(stories).toHaveLength(2500);
		expect(stories.every((s) => s.duplicates.length === 3)).toBe(true);
	});

	it('proposes a number of title pairs linear in the input, not quadratic', () => {
		const signatures = titles(10_000, 12)
			.map((title) => titleSignature(`White House ${title}`))
			.filter((s): s is TitleSignature => s !== null);
		const index = createTitleIndex(signatures);
		let proposed = 0;
		signatures.forEach((signature, id) => {
			proposed += index.candidates(signature).length;
			index.add(id, signature);
		});
		expect(proposed).toBeLessThan(signatures.length * 5);
	});
});

describe('title similarity', () => {
	it('the index proposes every pair a brute-force comparison finds similar', () => {
		const next = random(21);
		const vocabulary = ['ai', 'cisa', 'order', 'gold', 'eagle', 'nsa', 'model', 'frontier'];
		const pick = () => vocabulary[Math.floor(next() * vocabulary.length)];
		const base = Array.from({ length: 60 }, () => Array.from({ length: 6 }, pick));
		// Variants of each base title: a word dropped, added or replaced, so many pairs are close.
		const all = base.flatMap((words) => [
			words.join(' '),
			[...words, pick()].join(' '),
			words.slice(1).join(' '),
			words.map((w, i) => (i === 3 ? pick() : w)).join(' '),
		]);
		const signatures = all.map(titleSignature).filter((s): s is TitleSignature => s !== null);
		const index = createTitleIndex(signatures);
		signatures.forEach((signature, id) => index.add(id, signature));
		let similarPairs = 0;
		signatures.forEach((a, i) => {
			const proposed = new Set(index.candidates(a));
			signatures.forEach((b, j) => {
				if (sameTitle(a, b)) {
					similarPairs++;
					expect(proposed.has(j), `${all[i]} / ${all[j]}`).toBe(true);
				}
			});
		});
		expect(similarPairs).toBeGreaterThan(signatures.length);
	});

	it.each([
		['White House launches Gold Eagle', 'The White House Launches "Gold Eagle"!', true],
		['NSA names covered frontier models', 'Frontier models named covered NSA', false],
		[
			'CISA issues AI directive for federal agencies',
			'CISA drafts AI directive for agencies',
			false,
		],
	])('sameTitle(%j, %j) is %s', (a, b, same) => {
		const [sa, sb] = [titleSignature(a), titleSignature(b)];
		if (sa === null || sb === null) throw new Error('expected comparable titles');
		expect(sameTitle(sa, sb)).toBe(same);
		expect(titleSimilarity(sa, sb) >= TITLE_SIMILARITY).toBe(same);
	});

	it('tells apart similar titles whose numbers differ', () => {
		const words =
			'is getting exploited in the wild, CISA warns agencies to patch within three days';
		const [a, b] = [
			titleSignature(`CVE-2024-29973 ${words}`),
			titleSignature(`CVE-2024-29974 ${words}`),
		];
		if (a === null || b === null) throw new Error('expected comparable titles');
		expect(titleSimilarity(a, b)).toBeGreaterThanOrEqual(TITLE_SIMILARITY);
		expect(sameTitle(a, b)).toBe(false);
	});

	it('refuses to compare titles with fewer than three significant words', () => {
		expect(titleSignature('The statement')).toBeNull();
		expect(titleSignature('A note on the order')).toBeNull();
		expect(titleSignature('Statement on the order today')).not.toBeNull();
	});
});

describe('dedupe() and http/https copies', () => {
	it('groups the http and https forms of one address and keeps the https one', () => {
		const [story, ...rest] = dedupe([
			candidate({ feed: 'a', url: 'http://example.com/x', title: 'One', published: at(0) }),
			candidate({ feed: 'b', url: 'https://example.com/x', title: 'One', published: at(1) }),
		]);
		expect(rest).toEqual([]);
		expect(story?.survivor).toMatchObject({ feed: 'a', url: 'https://example.com/x' });
	});

	it('keeps an http address when no copy came by https', () => {
		const [story] = dedupe([
			candidate({ feed: 'a', url: 'http://example.com/y', title: 'Two', published: at(0) }),
		]);
		expect(story?.survivor.url).toBe('http://example.com/y');
	});
});
