/**
 * Turns the raw collections into the plain, sorted, indexed data the pages render. Pure: no Astro
 * imports, so it is tested in Node with hand-made entries.
 */
import type { EntryLike, SiteContent } from './content/integrity.ts';
import type { Agency } from './schemas/agency.ts';
import type { Claim } from './schemas/claim.ts';
import type { TimelineEvent } from './schemas/event.ts';
import type { Feed } from './schemas/feed.ts';
import type { MilestoneData } from './schemas/milestone.ts';
import type { FeedState, NewsItem } from './schemas/news.ts';
import type { ChangelogEntry } from './schemas/changelog.ts';
import type { OrderSectionData, Term } from './schemas/order.ts';
import type { Source } from './schemas/source.ts';

/** An order section with its id and MDX body source. */
export interface OrderSection extends OrderSectionData {
	id: string;
	body: string;
}

/** A requirement of the order with its id. */
export interface Milestone extends MilestoneData {
	id: string;
}

/** A defined term and the section that defines it. */
interface DefinedTerm extends Term {
	sectionId: string;
}

/** Everything the pages render. */
export interface Site {
	sections: OrderSection[];
	milestones: Milestone[];
	agencies: ReadonlyMap<string, Agency>;
	sources: ReadonlyMap<string, Source>;
	terms: ReadonlyMap<string, DefinedTerm>;
	claims: Claim[];
	events: TimelineEvent[];
	feeds: Feed[];
	news: NewsItem[];
	/** Health of each feed after the last refresh, by feed id. */
	feedState: ReadonlyMap<string, FeedState>;
	/** Editorial updates, newest first. */
	changelog: ChangelogEntry[];
}

const byId = <T>(entries: ReadonlyArray<EntryLike<T>>) =>
	new Map(entries.map((e) => [e.id, e.data] as const));

/** Builds the `Site` from checked collections: sections by number, milestones by section then `order`. */
export function buildSite(content: SiteContent): Site {
	const sections = content.order
		.map((e) => ({ ...e.data, id: e.id, body: e.body ?? '' }))
		.sort((a, b) => a.section - b.section);
	const sectionNumber = new Map(sections.map((s) => [s.id, s.section]));
	const milestones = content.milestones
		.map((e) => ({ ...e.data, id: e.id }))
		.sort(
			(a, b) =>
				(sectionNumber.get(a.section) ?? 0) - (sectionNumber.get(b.section) ?? 0) ||
				a.order - b.order ||
				a.id.localeCompare(b.id),
		);
	const terms = new Map(
		sections.flatMap((s) => s.terms.map((t) => [t.id, { ...t, sectionId: s.id }] as const)),
	);
	return {
		sections,
		milestones,
		agencies: byId(content.agencies),
		sources: byId(content.sources),
		terms,
		claims: content.claims.map((e) => e.data),
		events: content.events.map((e) => e.data).sort((a, b) => a.date.localeCompare(b.date)),
		feeds: content.feeds.map((e) => e.data),
		news: content.news.map((e) => e.data),
		feedState: byId(content.feedState),
		changelog: content.changelog
			.map((e) => e.data)
			.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)),
	};
}
