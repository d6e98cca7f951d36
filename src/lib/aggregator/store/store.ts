/**
 * The news store: merging a refresh's relevant candidates into the stored items. A refresh adds
 * and updates, never drops: an item absent from this run stays as it was.
 */
import { createHash } from 'node:crypto';
import type { NewsItem } from '../../schemas/news.ts';
import type { RelevanceRule } from '../../schemas/relevance.ts';
import {
	dedupe,
	mayShareTitle,
	reportOf,
	unionMatches,
	unionReports,
	withoutScheme,
	type Candidate,
	type Story,
} from './dedupe.ts';
import { milestonesOf, topicsOf } from '../relevance/relevance.ts';
import {
	createTitleIndex,
	sameTitle,
	titleSignature,
	type TitleSignature,
} from './title-similarity.ts';

/** What a merge produced. */
export interface MergeResult {
	/** Every stored item, old and new, in store order. */
	items: NewsItem[];
	/** Ids of the items this merge added, sorted. */
	added: string[];
	/** Ids of existing items whose record this merge changed, sorted. */
	updated: string[];
}

/** The stable id of the item at canonical `url`: "n-" and 12 hex digits of its SHA-256. */
export function newsItemId(url: string): string {
	return `n-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;
}

/** Store order: latest published first, then id. */
export function compareStoreItems(a: NewsItem, b: NewsItem): number {
	const byDate = Date.parse(b.published) - Date.parse(a.published);
	return byDate || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Finds the stored item a story is about: by URL (http and https forms of an address being one),
 * then by feed and GUID, then by title.
 */
function createFinder(items: NewsItem[]) {
	const byUrl = new Map<string, number>();
	const byGuid = new Map<string, number>();
	const guidKey = (feed: string, guid: string) => `${feed}\n${guid}`;
	items.forEach((item, index) => {
		byUrl.set(withoutScheme(item.url), index);
		if (item.guid !== null) byGuid.set(guidKey(item.feed, item.guid), index);
	});
	// An item's own URL wins over another item's `alsoReportedBy` entry.
	const addReports = (index: number) => {
		for (const report of items[index]?.alsoReportedBy ?? []) {
			const key = withoutScheme(report.url);
			if (!byUrl.has(key)) byUrl.set(key, index);
		}
	};
	items.forEach((_, index) => addReports(index));
	const signatures = items.map((item) => titleSignature(item.title));
	const titles = createTitleIndex(signatures.flatMap((signature) => signature ?? []));
	// Index ids rise from the oldest stored item to the latest (store order is latest first), so
	// the index's capped lookups read the latest items: those a refresh's stories are near in time.
	const last = items.length - 1;
	for (let index = last; index >= 0; index--) {
		const signature = signatures[index];
		if (signature) titles.add(last - index, signature);
	}
	const byTitle = (survivor: Candidate): number | undefined => {
		const signature = titleSignature(survivor.title);
		if (signature === null) return undefined;
		return titles
			.candidates(signature)
			.map((id) => last - id)
			.find((index) => {
				const other = signatures[index] as TitleSignature;
				return mayShareTitle(survivor, items[index] as NewsItem) && sameTitle(signature, other);
			});
	};
	return {
		find(story: Story): number | undefined {
			for (const member of [story.survivor, ...story.duplicates]) {
				const found =
					byUrl.get(withoutScheme(member.url)) ??
					(member.guid === null ? undefined : byGuid.get(guidKey(member.feed, member.guid)));
				if (found !== undefined) return found;
			}
			return byTitle(story.survivor);
		},
		addReports,
	};
}

/** A new stored item for `story`, first seen `now`. */
function newItem(story: Story, now: string, rules: readonly RelevanceRule[]): NewsItem {
	const { survivor, matches } = story;
	return {
		id: newsItemId(survivor.url),
		feed: survivor.feed,
		guid: survivor.guid,
		title: survivor.title,
		url: survivor.url,
		publisher: survivor.publisher,
		kind: survivor.kind,
		published: survivor.published,
		dateSource: survivor.dateSource,
		flags: [...survivor.flags].sort(),
		summary: survivor.summary,
		topics: topicsOf(matches),
		matches,
		milestones: milestonesOf(matches, rules),
		alsoReportedBy: story.alsoReportedBy,
		firstSeen: now,
		updated: now,
	};
}

/**
 * `item` with what `story` tells of it. Text and date come only from the item's own source (the
 * same address or the same feed and GUID), and a first-seen date never replaces a feed date; other
 * copies only add `alsoReportedBy` entries and matches. The link moves from http to https when a
 * copy comes at the https form of its address, and never back (`preferHttps`). The id stays.
 * `updated` is left for the caller.
 */
function updatedItem(stored: NewsItem, story: Story, rules: readonly RelevanceRule[]): NewsItem {
	const members = [story.survivor, ...story.duplicates];
	const item = preferHttps(stored, members);
	const address = withoutScheme(item.url);
	const own =
		members.find((m) => m.feed === item.feed && withoutScheme(m.url) === address) ??
		members.find((m) => m.feed === item.feed && m.guid !== null && m.guid === item.guid) ??
		members.find((m) => withoutScheme(m.url) === address);
	// A new URL for the item's own entry (same feed and GUID) is not another feed's copy.
	const others = members.filter((member) => !(member === own && member.feed === item.feed));
	// The own source's fresh matches win; another source's never replace the stored reason.
	const matches =
		own === undefined
			? unionMatches(item.matches, story.matches)
			: unionMatches(own.matches, story.matches, item.matches);
	const next: NewsItem = {
		...item,
		topics: topicsOf(matches),
		matches,
		milestones: milestonesOf(matches, rules),
		alsoReportedBy: unionReports(item, item.alsoReportedBy, others.map(reportOf)),
	};
	if (own === undefined) return next;
	const date =
		own.dateSource === 'feed'
			? { published: own.published, dateSource: own.dateSource, flags: [...own.flags].sort() }
			: {};
	const guid = item.guid === null && own.feed === item.feed ? { guid: own.guid } : {};
	return { ...next, ...guid, title: own.title, summary: own.summary, ...date };
}

/** The stored item at the https form of its http link when some copy came by it; else as is. */
function preferHttps(item: NewsItem, members: readonly Candidate[]): NewsItem {
	if (!item.url.startsWith('http:')) return item;
	const secure = `https:${withoutScheme(item.url)}`;
	return members.some((member) => member.url === secure) ? { ...item, url: secure } : item;
}

/**
 * Merges `incoming` (relevant candidates of one refresh, in any order) into `existing`. The
 * candidates are first grouped into stories (`dedupe`). A story that matches a stored item (same
 * URL, http and https alike, also among its `alsoReportedBy`; same feed and GUID; or
 * near-identical title within three days) updates it, setting `updated` to `now` only when the
 * record changed; `firstSeen` never changes; an http link becomes https when a copy came by it. Any other story becomes a new item first seen `now`. No existing item is ever dropped.
 * Milestones are derived from the matches through `rules`. Throws if a candidate has no match.
 */
export function mergeIntoStore(
	existing: readonly NewsItem[],
	incoming: readonly Candidate[],
	now: string,
	rules: readonly RelevanceRule[],
): MergeResult {
	const items = [...existing];
	const finder = createFinder(items);
	const added: string[] = [];
	const updated = new Set<string>();
	for (const story of dedupe(incoming)) {
		if (story.matches.length === 0) {
			throw new Error(`news store: candidate ${story.survivor.url} has no rule match`);
		}
		const index = finder.find(story);
		if (index === undefined) {
			const item = newItem(story, now, rules);
			items.push(item);
			added.push(item.id);
			continue;
		}
		const before = items[index] as NewsItem;
		const after = updatedItem(before, story, rules);
		if (JSON.stringify(after) === JSON.stringify(before)) continue;
		items[index] = { ...after, updated: now };
		finder.addReports(index);
		updated.add(before.id);
	}
	return {
		items: items.sort(compareStoreItems),
		added: added.sort(),
		updated: [...updated].sort(),
	};
}
