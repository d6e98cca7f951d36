/**
 * What else on the site concerns a body, beyond the requirements it leads or is consulted on:
 * events, claims, sources and news that relate to one of those requirements or name the body
 * (its full name, or its short name when that is an acronym such as "CAISI"). Pure.
 */
import type { Agency } from './schemas/agency.ts';
import type { Site } from './site-data.ts';

/** The entries that concern one body, each list in the site's order. */
export interface AgencyLinks {
	events: Site['events'];
	claims: Site['claims'];
	sources: Array<{ id: string; source: NonNullable<ReturnType<Site['sources']['get']>> }>;
	news: Site['news'];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A test for text that names `agency`: its full name, or an all-capital short name as a word. */
export function namesAgency(agency: Pick<Agency, 'name' | 'short'>): (text: string) => boolean {
	const names = [agency.name.replace(/\s*\(.*\)$/, '')];
	if (/^[A-Z]{2,}$/.test(agency.short)) names.push(agency.short);
	const pattern = new RegExp(`\\b(?:${names.map(escape).join('|')})\\b`);
	return (text) => pattern.test(text);
}

/** Events, claims, sources and news concerning `agencyId`, given the requirements it has a role in. */
export function agencyLinks(
	site: Site,
	agencyId: string,
	milestoneIds: readonly string[],
): AgencyLinks {
	const agency = site.agencies.get(agencyId);
	if (!agency) return { events: [], claims: [], sources: [], news: [] };
	const names = namesAgency(agency);
	const related = new Set(milestoneIds);
	const subsections = new Set(
		site.milestones.filter((m) => related.has(m.id)).map((m) => m.subsection),
	);
	const touches = (ids: readonly string[]) => ids.some((id) => related.has(id));
	const events = site.events.filter(
		(e) => touches(e.milestones) || names(`${e.title} ${e.summary}`),
	);
	const claims = site.claims.filter(
		(c) =>
			(c.subsection !== undefined && subsections.has(c.subsection)) ||
			names(`${c.short} ${c.question} ${c.explanation}`),
	);
	const own = new Set(agency.sources);
	const sources = [...site.sources.entries()]
		.filter(
			([id, s]) =>
				!own.has(id) &&
				names(`${s.publisher} ${s.title ?? ''} ${s.description ?? ''} ${s.summary}`),
		)
		.map(([id, source]) => ({ id, source }));
	const news = site.news.filter(
		(n) => touches(n.milestones) || names(`${n.title} ${n.summary ?? ''}`),
	);
	return { events, claims, sources, news };
}
