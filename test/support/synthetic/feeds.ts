/**
 * Seeded synthetic feeds for benchmarks and scale tests. Every link is on example.com; nothing
 * here is ever written into the site's content.
 */

/** A deterministic generator of numbers in [0, 1) (an LCG, as d3's randomLcg). */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0 || 1;
	return () => {
		state = (Math.imul(1664525, state) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

/** Plain words that synthetic titles and summaries are made of. */
export const SYNTHETIC_WORDS = [
	'agency',
	'directive',
	'model',
	'security',
	'framework',
	'report',
	'hearing',
	'update',
	'review',
	'access',
] as const;
const HOOKS = [
	'EO 14409',
	'GOLD EAGLE clearinghouse for AI',
	'covered frontier model',
	'BOD 26-04',
	'',
];

/** An RSS 2.0 document for feed `index` with `items` items, a fifth of them irrelevant. */
export function syntheticFeedXml(index: number, items: number, seed: number): string {
	const random = seededRandom(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
	const entries = Array.from({ length: items }, (_, j) => {
		const day = 1 + Math.floor(random() * 28);
		const title =
			`${pick(HOOKS)} ${pick(SYNTHETIC_WORDS)} ${pick(SYNTHETIC_WORDS)} ${index}-${j}`.trim();
		return `<item><title>${title}</title><link>https://example.com/feed-${index}/item-${j}?utm_source=rss</link><guid>feed-${index}-item-${j}</guid><pubDate>${new Date(Date.UTC(2026, 6, day, 12)).toUTCString()}</pubDate><description>&lt;p&gt;Synthetic item ${j} about ${pick(SYNTHETIC_WORDS)}.&lt;/p&gt;</description></item>`;
	});
	return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Synthetic feed ${index}</title><link>https://example.com/feed-${index}/</link><description>Synthetic</description>${entries.join('')}</channel></rss>`;
}
