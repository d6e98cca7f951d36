/**
 * Seeded synthetic news items for the scale benchmark, shaped like the aggregator's output and
 * tied to the real feeds, rules and milestones so that the build's cross-reference checks pass.
 * Every link is on example.com or example.org; nothing here is ever written into the site's
 * content. Pure: no I/O.
 */
import { seededRandom, SYNTHETIC_WORDS } from './feeds.ts';
import { byRule, milestonesOf, topicsOf } from '../../../src/lib/aggregator/relevance/relevance.ts';
import { TOPIC_IDS } from '../../../src/lib/news.ts';
import type { Feed } from '../../../src/lib/schemas/feed.ts';
import type { Match, NewsItem } from '../../../src/lib/schemas/news.ts';
import type { RelevanceRule } from '../../../src/lib/schemas/relevance.ts';

/** What the items may refer to: taken from the real content so that every reference resolves. */
export interface SyntheticNewsContext {
	/** Feeds in `content/feeds/feeds.json` (at least one); an item copies its feed's kind. */
	feeds: ReadonlyArray<Pick<Feed, 'id' | 'kind'>>;
	/** Rules in `content/feeds/relevance.json` (at least one); each match names one. */
	rules: readonly RelevanceRule[];
	/** Milestone ids in `content/milestones/`; a rule's other milestones are left out. */
	milestones: readonly string[];
}

/** Marginal cost between two consecutive scales of a benchmark. */
export interface Growth {
	/** Items at the smaller and the larger scale. */
	from: number;
	to: number;
	/** Extra seconds per extra item, in milliseconds: (s2 - s1) * 1000 / (n2 - n1). */
	msPerItem: number;
}

const WORDS = [
	...SYNTHETIC_WORDS,
	'clearinghouse',
	'benchmark',
	'funding',
	'workforce',
	'guidance',
	'deadline',
	'frontier',
	'vulnerability',
	'defense',
	'statement',
];

const FIRST_DAY = Date.UTC(2026, 5, 2);
const LAST_DAY_END = Date.UTC(2026, 10, 23) - 1;
const HOUR = 3_600_000;

/**
 * `count` news items from `seed`: unique ids (`syn-<seed>-<index>`), published between
 * 2026-06-02 and 2026-11-22 UTC, one or two topics from `TOPIC_IDS` each matched by a rule of
 * `ctx.rules` for that topic (any rule when none has it), milestones from those rules that are in
 * `ctx.milestones`, publishers named "Example Wire N", titles and summaries from a small word list.
 * The same arguments give the same items. Throws when `ctx` has no feed or no rule.
 */
export function syntheticNews(count: number, seed: number, ctx: SyntheticNewsContext): NewsItem[] {
	if (ctx.feeds.length === 0 || ctx.rules.length === 0) {
		throw new Error('syntheticNews needs at least one feed and one rule');
	}
	const random = seededRandom(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
	const known = new Set(ctx.milestones);
	const rulesFor = (topic: string) => {
		const own = ctx.rules.filter((rule) => rule.topic === topic);
		return own.length > 0 ? own : ctx.rules;
	};
	const tag = seed >>> 0;

	return Array.from({ length: count }, (_, index): NewsItem => {
		const feed = pick(ctx.feeds);
		const wire = 1 + Math.floor(random() * 40);
		const host = random() < 0.5 ? 'example.com' : 'example.org';
		const url = `https://${host}/wire-${wire}/${tag}/${index}`;
		const topics = random() < 0.3 ? [pick(TOPIC_IDS), pick(TOPIC_IDS)] : [pick(TOPIC_IDS)];
		const rules = [...new Map(topics.map((t) => pick(rulesFor(t))).map((r) => [r.id, r])).values()];
		const matches: Match[] = rules
			.map((rule, i) => ({
				rule: rule.id,
				topic: rule.topic,
				phrase: rule.phrases[0]!,
				field: i === 0 ? ('title' as const) : ('summary' as const),
			}))
			.sort(byRule);
		const title = `${rules[0]!.phrases[0]} ${words(3 + Math.floor(random() * 6))} ${index}`;
		const hasSummary = random() >= 0.1 || rules.length > 1;
		const summary = hasSummary
			? `${words(8 + Math.floor(random() * 20))}${rules.length > 1 ? ` ${rules[1]!.phrases[0]}` : ''}.`
			: null;
		const undated = random() < 0.02;
		const published = FIRST_DAY + Math.floor(random() * (LAST_DAY_END - FIRST_DAY));
		const firstSeen = undated ? published : published + Math.floor(random() * 6 * HOUR);
		const others = ctx.feeds.filter((f) => f.id !== feed.id);
		const other = others.length > 0 && random() < 0.1 ? pick(others) : null;
		return {
			id: `syn-${tag}-${index}`,
			feed: feed.id,
			guid: random() < 0.8 ? `${url}#guid` : null,
			title,
			url,
			publisher: `Example Wire ${wire}`,
			kind: feed.kind,
			published: new Date(published).toISOString(),
			dateSource: undated ? 'first-seen' : 'feed',
			flags: undated ? ['no-date'] : [],
			summary,
			topics: topicsOf(matches),
			matches,
			milestones: milestonesOf(matches, rules).filter((id) => known.has(id)),
			alsoReportedBy:
				other === null
					? []
					: [
							{
								feed: other.id,
								publisher: `Example Wire ${wire + 1}`,
								url: `https://example.org/also/${tag}/${index}`,
								title,
							},
						],
			firstSeen: new Date(firstSeen).toISOString(),
			updated: new Date(firstSeen).toISOString(),
		};
	});
}

/**
 * Marginal cost between consecutive scales of `rows`, sorted by item count: (s2 - s1) * 1000 /
 * (n2 - n1) milliseconds per item. Rows without seconds (failed) and repeated counts are skipped;
 * fewer than two usable rows give an empty list.
 */
export function growth(rows: ReadonlyArray<{ items: number; seconds: number | null }>): Growth[] {
	const usable = rows
		.filter((row): row is { items: number; seconds: number } => row.seconds !== null)
		.sort((a, b) => a.items - b.items)
		.filter((row, i, all) => i === 0 || row.items !== all[i - 1]!.items);
	return usable.slice(1).map((row, i) => {
		const previous = usable[i]!;
		return {
			from: previous.items,
			to: row.items,
			msPerItem: ((row.seconds - previous.seconds) * 1000) / (row.items - previous.items),
		};
	});
}
