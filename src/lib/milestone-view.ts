/**
 * What the milestone pages, tables and exports show for each requirement: the requirement, its
 * due date, its status as of the build date, and the names of the bodies involved.
 */
import type { IsoDay } from './dates.ts';
import { ORDER } from './order-document.ts';
import type { Site, Milestone } from './site-data.ts';
import { computeStatus, STATUS_KINDS, type Status, type StatusKind } from './status.ts';

/** A requirement with its computed status and resolved names. */
export interface MilestoneView extends Milestone {
	status: Status;
	sectionNumber: number;
	leadNames: string[];
	consultedNames: string[];
}

/** Views of every requirement, in the site's order, with status as of `asOf`. */
export function milestoneViews(site: Site, asOf: IsoDay): MilestoneView[] {
	const sectionNumber = new Map(site.sections.map((s) => [s.id, s.section]));
	const short = (id: string) => site.agencies.get(id)?.short ?? id;
	return site.milestones.map((m) => ({
		...m,
		status: computeStatus(m, ORDER.signed, asOf),
		sectionNumber: sectionNumber.get(m.section) ?? 0,
		leadNames: m.lead.map(short),
		consultedNames: m.consulted.map(short),
	}));
}

/** How many requirements are in each status, in `STATUS_KINDS` order, omitting zeros. */
export function statusCounts(
	views: readonly MilestoneView[],
): Array<{ kind: StatusKind; count: number }> {
	return STATUS_KINDS.map((kind) => ({
		kind,
		count: views.filter((v) => v.status.kind === kind).length,
	})).filter((c) => c.count > 0);
}

/** Requirements not yet delivered whose deadline is ahead, soonest first. */
export function nextDue(views: readonly MilestoneView[]): MilestoneView[] {
	return views
		.filter((v) => v.status.kind === 'due-soon' || v.status.kind === 'not-yet-due')
		.sort((a, b) => (a.status.daysToDue ?? 0) - (b.status.daysToDue ?? 0));
}

/** Overdue requirements, most overdue first. */
export function mostOverdue(views: readonly MilestoneView[]): MilestoneView[] {
	return views
		.filter((v) => v.status.kind === 'overdue')
		.sort(
			(a, b) => (b.status.daysLate ?? 0) - (a.status.daysLate ?? 0) || a.id.localeCompare(b.id),
		);
}
