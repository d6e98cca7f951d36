/**
 * What the order asks of each body: the requirements it leads and those it must be consulted on,
 * including through a component (a requirement led by CISA also concerns DHS).
 */
import type { MilestoneView } from './milestone-view.ts';
import type { Agency } from './schemas/agency.ts';
import type { Site } from './site-data.ts';

/** One body and its requirements. */
export interface AgencyRole {
	id: string;
	agency: Agency;
	leads: MilestoneView[];
	consulted: MilestoneView[];
	/** Child bodies (ids) that act for this one, e.g. CISA for DHS. */
	components: string[];
}

/** `roles` split into the bodies the order names and those listed although it does not name them. */
export function byNaming(roles: readonly AgencyRole[]): {
	named: AgencyRole[];
	notNamed: AgencyRole[];
} {
	return {
		named: roles.filter((r) => r.agency.notNamed === undefined),
		notNamed: roles.filter((r) => r.agency.notNamed !== undefined),
	};
}

/** Every agency with its requirements, bodies that lead something first, then by name. */
export function agencyRoles(site: Site, views: readonly MilestoneView[]): AgencyRole[] {
	const roles = [...site.agencies.entries()].map(([id, agency]) => ({
		id,
		agency,
		leads: views.filter((v) => v.lead.includes(id)),
		consulted: views.filter((v) => v.consulted.includes(id) && !v.lead.includes(id)),
		components: [...site.agencies.entries()].filter(([, a]) => a.parent === id).map(([cid]) => cid),
	}));
	return roles.sort(
		(a, b) =>
			Number(b.leads.length > 0) - Number(a.leads.length > 0) ||
			a.agency.name.localeCompare(b.agency.name),
	);
}
