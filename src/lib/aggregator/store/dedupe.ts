/**
 * De-duplication: relevant items from all feeds are grouped into stories. Two items are one story
 * when they share a GUID within one feed, share a canonical URL, or have near-identical titles
 * (see `title-similarity.ts`) published within three days of each other.
 */
import type { Feed } from '../../schemas/feed.ts';
import type { Match, NewsItem } from '../../schemas/news.ts';
import { byRule } from '../relevance/relevance.ts';
import {
	createTitleIndex,
	sameTitle,
	titleSignature,
	type TitleIndex,
	type TitleSignature,
} from './title-similarity.ts';
import type { NormalizedItem } from '../types.ts';

/** A relevant item on its way to the store: a normalized item with its feed's facts and matches. */
export interface Candidate extends NormalizedItem {
	/** Publisher of the feed it came from. */
	publisher: string;
	/** Kind of the feed it came from. */
	kind: Feed['kind'];
	/** Rule matches; at least one, since only relevant items are candidates. */
	matches: Match[];
}

/** Another feed's copy of a story, as stored in `alsoReportedBy`. */
export type AlsoReported = NewsItem['alsoReportedBy'][number];

/** What title matching needs to know of an item, whether a candidate or a stored item. */
export type StoryFacts = Pick<NormalizedItem, 'feed' | 'guid' | 'published'>;

/** One story: the surviving candidate and the copies merged into it. */
export interface Story {
	/** The earliest published candidate; ties go to the lower feed id, then the lower URL. */
	survivor: Candidate;
	/** The other candidates, in the same order. */
	duplicates: Candidate[];
	/** The duplicates as other feeds' copies: distinct, sorted, without the survivor's own. */
	alsoReportedBy: AlsoReported[];
	/** Every candidate's matches, one per rule (the survivor's first), sorted by rule id. */
	matches: Match[];
}

/** Copies of one story found by title are published at most this many days apart. */
export const SAME_STORY_DAYS = 3;
const SAME_STORY_MS = SAME_STORY_DAYS * 24 * 60 * 60 * 1000;

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Survivor order: earlier published first, then feed id, URL, GUID and title. */
function compareCandidates(a: Candidate, b: Candidate): number {
	return (
		Date.parse(a.published) - Date.parse(b.published) ||
		compareText(a.feed, b.feed) ||
		compareText(a.url, b.url) ||
		compareText(a.guid ?? '', b.guid ?? '') ||
		compareText(a.title, b.title)
	);
}

/**
 * Whether two items with near-identical titles may be one story: published within three days,
 * and not two entries of one feed that each have their own GUID (a feed that repeats a title
 * under new GUIDs, like a weekly "adds vulnerabilities to catalog" notice, means new entries).
 */
export function mayShareTitle(a: StoryFacts, b: StoryFacts): boolean {
	const distinctEntries =
		a.feed === b.feed && a.guid !== null && b.guid !== null && a.guid !== b.guid;
	const gap = Math.abs(Date.parse(a.published) - Date.parse(b.published));
	return !distinctEntries && gap <= SAME_STORY_MS;
}

/** The union of match lists, one match per rule (the first list's wins), sorted by rule id. */
export function unionMatches(...lists: ReadonlyArray<readonly Match[]>): Match[] {
	const byId = new Map<string, Match>();
	for (const match of lists.flat()) if (!byId.has(match.rule)) byId.set(match.rule, match);
	return [...byId.values()].sort(byRule);
}

/**
 * The union of `alsoReportedBy` lists for the item published by `own`: one entry per feed and
 * address (a later list's title wins; the https form of an address wins over the http one), never
 * the item's own feed and address, sorted by feed then URL.
 */
export function unionReports(
	own: { feed: string; url: string },
	...lists: ReadonlyArray<readonly AlsoReported[]>
): AlsoReported[] {
	const byKey = new Map<string, AlsoReported>();
	const ownAddress = withoutScheme(own.url);
	for (const report of lists.flat()) {
		const address = withoutScheme(report.url);
		if (report.feed === own.feed && address === ownAddress) continue;
		const key = `${report.feed}\n${address}`;
		const secure = byKey.get(key)?.url.startsWith('https:') && report.url.startsWith('http:');
		byKey.set(key, secure ? { ...report, url: `https:${address}` } : report);
	}
	return [...byKey.values()].sort(
		(a, b) => compareText(a.feed, b.feed) || compareText(a.url, b.url),
	);
}

/** The `alsoReportedBy` entry for a candidate. */
export function reportOf(candidate: Candidate): AlsoReported {
	const { feed, publisher, url, title } = candidate;
	return { feed, publisher, url, title };
}

/** `url` without its scheme, so http and https forms of one address compare equal. */
export function withoutScheme(url: string): string {
	return url.replace(/^https?:/, '');
}

/** The survivor, at its https address when any copy of the story came by https. */
function preferHttps(survivor: Candidate, members: readonly Candidate[]): Candidate {
	if (!survivor.url.startsWith('http:')) return survivor;
	const secure = `https:${withoutScheme(survivor.url)}`;
	return members.some((member) => member.url === secure) ? { ...survivor, url: secure } : survivor;
}

/** Groups of indices into `sorted` sharing a feed and GUID or a URL, transitively; in order. */
function exactGroups(sorted: readonly Candidate[]): number[][] {
	const parent = sorted.map((_, index) => index);
	const find = (index: number): number => {
		let root = index;
		while (parent[root] !== root) root = parent[root] ?? root;
		parent[index] = root;
		return root;
	};
	const firstWithKey = new Map<string, number>();
	sorted.forEach((candidate, index) => {
		// http and https copies of one address are one item.
		const keys = [`url\n${withoutScheme(candidate.url)}`];
		if (candidate.guid !== null) keys.push(`guid\n${candidate.feed}\n${candidate.guid}`);
		for (const key of keys) {
			const first = firstWithKey.get(key);
			if (first === undefined) {
				firstWithKey.set(key, index);
				continue;
			}
			const [a, b] = [find(first), find(index)];
			// The lower index stays the root, so every group's root is its survivor.
			if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
		}
	});
	const groups = new Map<number, number[]>();
	sorted.forEach((_, index) => {
		const root = find(index);
		const group = groups.get(root);
		if (group === undefined) groups.set(root, [index]);
		else group.push(index);
	});
	return [...groups.values()];
}

/** Candidates found to be one story so far; `lead` is the earliest, the others follow. */
interface Group {
	lead: Candidate;
	signature: TitleSignature | null;
	members: number[];
}

/** The earliest story (in survivor order) whose lead has a near-identical title within the window. */
function storyByTitle(
	group: Group,
	stories: readonly Group[],
	index: TitleIndex,
): Group | undefined {
	const signature = group.signature;
	if (signature === null) return undefined;
	return index
		.candidates(signature)
		.map((storyIndex) => stories[storyIndex] as Group)
		.find(
			(story) =>
				story.signature !== null &&
				mayShareTitle(group.lead, story.lead) &&
				sameTitle(signature, story.signature),
		);
}

/**
 * Groups `candidates` into stories. Each story's survivor is its earliest candidate (ties: feed
 * id, then URL), at its https address when a copy came by https; the others become
 * `alsoReportedBy` entries and their matches are unioned. A title joins a story only when close to the story's survivor (not to any member), so copies do
 * not chain beyond three days; the title index keeps large inputs near-linear. Returns stories in
 * survivor order; the result does not depend on the order of `candidates`.
 */
export function dedupe(candidates: readonly Candidate[]): Story[] {
	const sorted = [...candidates].sort(compareCandidates);
	const groups = exactGroups(sorted).map((members): Group => {
		const lead = sorted[members[0] ?? 0] as Candidate;
		return { lead, signature: titleSignature(lead.title), members };
	});
	const index = createTitleIndex(groups.flatMap((group) => group.signature ?? []));
	const stories: Group[] = [];
	// Groups come in survivor order, so a story's lead is always the earliest of its members.
	for (const group of groups) {
		const story = storyByTitle(group, stories, index);
		if (story !== undefined) {
			story.members.push(...group.members);
			continue;
		}
		stories.push({ ...group, members: [...group.members] });
		if (group.signature !== null) index.add(stories.length - 1, group.signature);
	}
	return stories.map(({ members }) => {
		const [first, ...duplicates] = members
			.sort((a, b) => a - b)
			.map((member) => sorted[member] as Candidate);
		if (first === undefined) throw new Error('dedupe: a story without members');
		const survivor = preferHttps(first, duplicates);
		return {
			survivor,
			duplicates,
			alsoReportedBy: unionReports(survivor, duplicates.map(reportOf)),
			matches: unionMatches(survivor.matches, ...duplicates.map((d) => d.matches)),
		};
	});
}
