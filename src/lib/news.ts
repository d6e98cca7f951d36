/**
 * News items as the pages show them: topic names, sorting, the reason an item was kept, its date
 * in words, and the groupings (by topic, milestone, publisher). Pure; tested in Node.
 */
import { formatDay, utcDayOf, type IsoDay } from './dates.ts';
import type { Topic } from './schemas/feed.ts';
import type { Match, NewsItem } from './schemas/news.ts';
import { route } from './href.ts';

/** Each topic's name and what it covers, in the order they are listed. */
export const TOPICS: Readonly<Record<Topic, { label: string; description: string }>> = {
	order: { label: 'The order', description: 'The order itself: signing, text, publication.' },
	directives: {
		label: 'CISA directives',
		description: 'Binding operational directives and guidance under section 2(c).',
	},
	clearinghouse: {
		label: 'Clearinghouse',
		description: 'The AI cybersecurity clearinghouse of section 2(d) (GOLD EAGLE).',
	},
	'benchmark-framework': {
		label: 'Benchmark and framework',
		description:
			'Covered frontier models, the classified benchmark and the voluntary framework (section 3).',
	},
	workforce: {
		label: 'Cyber workforce',
		description: 'Hiring and placement pathways (section 2(f)).',
	},
	funding: {
		label: 'Grant funding',
		description: 'Funding for AI vulnerability detection (section 2(e)).',
	},
	enforcement: {
		label: 'Enforcement',
		description: 'AI-enabled computer crime as a priority for the Attorney General (section 4).',
	},
	congress: { label: 'Congress', description: 'Bills and hearings related to the order.' },
	industry: {
		label: 'Industry and models',
		description: 'Frontier model developers and their models.',
	},
};

/** Topic ids in display order. */
export const TOPIC_IDS = Object.keys(TOPICS) as Topic[];

/** Items per page on the paginated news listing. */
export const NEWS_PAGE_SIZE = 50;

/**
 * `items` newest first, then the undated ones (by when they were first seen), so that an item
 * without a date never sits above dated news; ties by id, so the order is stable across builds.
 */
export function sortNews(items: readonly NewsItem[]): NewsItem[] {
	const undated = (i: NewsItem) => (i.dateSource === 'first-seen' ? 1 : 0);
	return [...items].sort(
		(a, b) =>
			undated(a) - undated(b) || b.published.localeCompare(a.published) || a.id.localeCompare(b.id),
	);
}

/** One match in words: `Title mentions “GOLD EAGLE”`. */
export function matchReason(match: Match): string {
	if (match.field === 'feed') return `Listed in the tracker’s fact base (${match.phrase})`;
	return `${match.field === 'title' ? 'Title' : 'Summary'} mentions “${match.phrase}”`;
}

/** The item's date for display: the feed's day, or "Undated (first seen …)" when it gave none. */
export function newsDate(item: NewsItem): { day: IsoDay; text: string; undated: boolean } {
	const day = utcDayOf(new Date(item.published));
	if (item.dateSource === 'first-seen') {
		return { day, text: `Undated (first seen ${formatDay(day, 'short')})`, undated: true };
	}
	return { day, text: formatDay(day, 'short'), undated: false };
}

/** Items tagged with `topic`, newest first. */
export function newsForTopic(items: readonly NewsItem[], topic: Topic): NewsItem[] {
	return sortNews(items.filter((i) => i.topics.includes(topic)));
}

const countCache = new WeakMap<readonly NewsItem[], Record<Topic, number>>();

/**
 * How many items each topic has. Remembered per array, since every page of the news listing
 * shows the counts: computing them once keeps the build linear in the number of items.
 */
export function topicCounts(items: readonly NewsItem[]): Readonly<Record<Topic, number>> {
	let counts = countCache.get(items);
	if (!counts) {
		counts = Object.fromEntries(TOPIC_IDS.map((t) => [t, 0])) as Record<Topic, number>;
		for (const item of items) for (const topic of item.topics) counts[topic]++;
		countCache.set(items, counts);
	}
	return counts;
}

/** Site path of the page of `topic`'s listing that shows its item at `index` (0-based). */
export function topicPagePath(topic: Topic, index: number): string {
	return route.newsTopic(topic, Math.floor(index / NEWS_PAGE_SIZE) + 1);
}

/**
 * Where the site lists each item: the page of its first topic's listing that shows it, with the
 * item's row as the fragment. Keyed by item id.
 */
export function newsListingPaths(items: readonly NewsItem[]): Map<string, string> {
	const paths = new Map<string, string>();
	for (const topic of TOPIC_IDS) {
		newsForTopic(items, topic).forEach((item, index) => {
			if (item.topics[0] === topic) paths.set(item.id, `${topicPagePath(topic, index)}#${item.id}`);
		});
	}
	return paths;
}

/** Items related to the milestone `id`, newest first. */
export function newsForMilestone(items: readonly NewsItem[], id: string): NewsItem[] {
	return sortNews(items.filter((i) => i.milestones.includes(id)));
}

/** A token for a publisher name, usable in `data-*` filters and URLs. */
export function publisherKey(publisher: string): string {
	return (
		publisher
			.normalize('NFKD')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'unknown'
	);
}

/** Distinct publishers with their item counts, by count then name. */
export function publishersOf(
	items: readonly NewsItem[],
): Array<{ key: string; name: string; count: number }> {
	const counts = new Map<string, { key: string; name: string; count: number }>();
	for (const item of items) {
		const key = publisherKey(item.publisher);
		const entry = counts.get(key) ?? { key, name: item.publisher, count: 0 };
		entry.count++;
		counts.set(key, entry);
	}
	return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
