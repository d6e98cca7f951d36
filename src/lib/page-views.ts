/**
 * What each detail page shows, resolved once from the site's content: `getStaticPaths` hands each
 * page its view as props, so a page renders what it is given and never looks data up again.
 */
import { agencyLinks, type AgencyLinks } from './agency-links.ts';
import { agencyRoles, type AgencyRole } from './agencies.ts';
import { sectionSourceIds } from './citations.ts';
import { citedBy, type CitingPage } from './cited-by.ts';
import { asOfDays } from './as-of.ts';
import { uniqueInOrder } from './citations.ts';
import { claimsAbout, positionsOf, requirementsOf } from './claims.ts';
import type { IsoDay } from './dates.ts';
import { milestoneViews, type MilestoneView } from './milestone-view.ts';
import { newsForMilestone } from './news.ts';
import type { Claim, Position } from './schemas/claim.ts';
import type { TimelineEvent } from './schemas/event.ts';
import type { Feed } from './schemas/feed.ts';
import type { NewsItem } from './schemas/news.ts';
import type { Source } from './schemas/source.ts';
import type { Milestone, OrderSection, Site } from './site-data.ts';
import { statusHistory, type StatusChange } from './status.ts';

/** A source with its id, as the source lists take it. */
interface SourceRef {
	id: string;
	source: Source;
}

const sourceRefs = (site: Site, ids: readonly string[]): SourceRef[] =>
	ids.map((id) => ({ id, source: site.sources.get(id)! }));

/** An agency page: one body, its requirements, feeds, sources and everything that concerns it. */
export interface AgencyPage {
	role: AgencyRole;
	/** The body this one is part of, and the bodies that act for it, by id and name. */
	parent: { id: string; name: string } | undefined;
	components: Array<{ id: string; name: string }>;
	feeds: Feed[];
	sources: SourceRef[];
	links: AgencyLinks;
	/** The requirements it leads, then those it must be consulted on, each under its heading. */
	groups: Array<[heading: string, milestones: MilestoneView[]]>;
}

const named = (site: Site, id: string | undefined) => {
	const agency = id === undefined ? undefined : site.agencies.get(id);
	return agency && id !== undefined ? { id, name: agency.name } : undefined;
};

/** Every agency page, by agency id, with statuses as of `buildDate`. */
export function agencyPages(
	site: Site,
	buildDate: IsoDay,
): Array<{ id: string; page: AgencyPage }> {
	return agencyRoles(site, milestoneViews(site, buildDate)).map((role) => ({
		id: role.id,
		page: {
			role,
			parent: named(site, role.agency.parent),
			components: role.components.flatMap((cid) => named(site, cid) ?? []),
			feeds: role.agency.feeds.map((fid) => site.feeds.find((f) => f.id === fid)!),
			sources: sourceRefs(site, role.agency.sources),
			links: agencyLinks(site, role.id, [
				...role.leads.map((m) => m.id),
				...role.consulted.map((m) => m.id),
			]),
			groups: [
				['Requirements it leads', role.leads],
				['Requirements it must be consulted on', role.consulted],
			],
		},
	}));
}

/** A section page of the order: one section, its neighbours, its requirements and sources. */
export interface SectionPage {
	section: OrderSection;
	prev: OrderSection | undefined;
	next: OrderSection | undefined;
	milestones: Milestone[];
	sources: SourceRef[];
}

/** Every section page, by section id. */
export function sectionPages(site: Site): Array<{ id: string; page: SectionPage }> {
	return site.sections.map((section, i) => {
		const milestones = site.milestones.filter((m) => m.section === section.id);
		return {
			id: section.id,
			page: {
				section,
				prev: site.sections[i - 1],
				next: site.sections[i + 1],
				milestones,
				sources: sourceRefs(site, sectionSourceIds(section, milestones)),
			},
		};
	});
}

/** A source page: one source, who relays it, the claims it takes a stance on, who cites it. */
export interface SourcePage {
	source: Source;
	/** The source this one was read through, when it was relayed. */
	via: Source | undefined;
	positions: Array<{ claim: Claim; position: Position }>;
	citing: CitingPage[];
}

/** Every source page, by source id. */
export function sourcePages(site: Site): Array<{ id: string; page: SourcePage }> {
	return [...site.sources].map(([id, source]) => ({
		id,
		page: {
			source,
			via: source.via ? site.sources.get(source.via) : undefined,
			positions: positionsOf(id, site.claims),
			citing: citedBy(site, id),
		},
	}));
}

/** A requirement page: the requirement as of the build date, its history and what concerns it. */
export interface MilestonePage {
	m: MilestoneView;
	section: OrderSection;
	history: StatusChange[];
	/** Timeline events tied to it. */
	related: TimelineEvent[];
	/** Claims about it. */
	claims: Claim[];
	/** Its quote's source, its own sources, then its evidence's, each once. */
	sources: SourceRef[];
	/** The newest news linked to it, at most `NEWS_ON_PAGE`. */
	news: NewsItem[];
}

/** How many news items a requirement page lists. */
const NEWS_ON_PAGE = 8;

/** Every requirement page, by id, with status as of `buildDate` from the order signed `signed`. */
export function milestonePages(
	site: Site,
	signed: IsoDay,
	buildDate: IsoDay,
): Array<{ id: string; page: MilestonePage }> {
	return milestoneViews(site, buildDate).map((m) => ({
		id: m.id,
		page: {
			m,
			section: site.sections.find((s) => s.id === m.section)!,
			history: statusHistory(m, signed, buildDate),
			related: site.events.filter((e) => e.milestones.includes(m.id)),
			claims: claimsAbout(site.claims, m.id),
			sources: sourceRefs(
				site,
				uniqueInOrder([
					...(m.quote ? [m.quote.source] : []),
					...m.sources,
					...m.evidence.flatMap((e) => e.sources),
				]),
			),
			news: newsForMilestone(site.news, m.id).slice(0, NEWS_ON_PAGE),
		},
	}));
}

/** A claim page: the claim, who takes which stance, and the requirements it is about. */
export interface ClaimPage {
	claim: Claim;
	section: OrderSection | undefined;
	/** The source behind each position, in the claim's order. */
	positions: Array<Position & { from: Source }>;
	/** The requirements the claim names; failing those, those of the (sub)section it rests on. */
	requirements: MilestoneView[];
	/** Whether `requirements` are the ones the claim names (not its section's). */
	named: boolean;
}

/** Every claim page, by claim id, with statuses as of `buildDate`. */
export function claimPages(site: Site, buildDate: IsoDay): Array<{ id: string; page: ClaimPage }> {
	const views = milestoneViews(site, buildDate);
	return site.claims.map((claim) => {
		const named = requirementsOf(claim, views);
		return {
			id: claim.id,
			page: {
				claim,
				section: claim.section ? site.sections.find((s) => s.id === claim.section) : undefined,
				positions: claim.positions.map((p) => ({ ...p, from: site.sources.get(p.source)! })),
				requirements:
					named.length > 0
						? named
						: views.filter((m) =>
								claim.subsection ? m.subsection === claim.subsection : m.section === claim.section,
							),
				named: named.length > 0,
			},
		};
	});
}

/** A past day's page: every requirement as it stood that day. */
export interface AsOfPage {
	date: IsoDay;
	views: MilestoneView[];
	/** The requirements' data, for the list of other days. */
	milestones: Milestone[];
}

/** The page of every day on which a status changed, from signing to `buildDate`. */
export function asOfPages(
	site: Site,
	signed: IsoDay,
	buildDate: IsoDay,
): Array<{ date: IsoDay; page: AsOfPage }> {
	return asOfDays(site.milestones, signed, buildDate).map((date) => ({
		date,
		page: { date, views: milestoneViews(site, date), milestones: site.milestones },
	}));
}
