/**
 * The deadline calendars: the whole set, one per requirement with a deadline and one per agency
 * named by such a requirement. Every event keeps one UID in every calendar, states the status in
 * its description, and carries a SEQUENCE that grows whenever that status or its evidence changes
 * (status changes so far + evidence entries + entries re-decided by a correction), so calendar apps
 * replace the event instead of adding a copy. Pure.
 */
import type { IsoDay } from '../dates.ts';
import type { IcsEvent } from '../export/ics.ts';
import { deadlineEvents, type UrlFor } from '../export/milestone-records.ts';
import type { MilestoneView } from '../milestone-view.ts';
import { statusHistory } from '../status.ts';
import { route } from '../href.ts';

/** One calendar file. `path` is a site path. */
export interface CalendarSpec {
	path: string;
	/** Its name in calendar apps (X-WR-CALNAME). */
	name: string;
	/** What it follows, in words for the subscribe page. */
	title: string;
	/** The requirement or agency it follows, or null for the whole set. */
	subject: { kind: 'requirement' | 'agency'; id: string } | null;
	events: IcsEvent[];
}

/** The revision of a requirement's deadline event as of `asOf`. */
export function eventSequence(m: MilestoneView, orderDate: IsoDay, asOf: IsoDay): number {
	const changes = statusHistory(m, orderDate, asOf).length - 1;
	return changes + m.evidence.length + m.evidence.filter((e) => e.recorded !== undefined).length;
}

/** Every calendar: the whole set first, then per requirement, then per agency (ids sorted). */
export function calendars(
	views: readonly MilestoneView[],
	agencyNames: ReadonlyMap<string, string>,
	orderDate: IsoDay,
	asOf: IsoDay,
	urlFor: UrlFor,
): CalendarSpec[] {
	const dated = views.filter((m) => m.status.due !== null && m.deadline.kind === 'days');
	const events = new Map<string, IcsEvent>();
	for (const m of dated) {
		const [event] = deadlineEvents([m], urlFor);
		events.set(m.id, {
			...event!,
			sequence: eventSequence(m, orderDate, asOf),
		});
	}
	const of = (ms: readonly MilestoneView[]) => ms.map((m) => events.get(m.id)!);
	const agencies = [...new Set(dated.flatMap((m) => [...m.lead, ...m.consulted]))].sort();
	return [
		{
			path: route.calendar,
			name: 'EO 14409 deadlines',
			title: 'Deadlines calendar',
			subject: null,
			events: of(dated),
		},
		...dated.map((m) => ({
			path: route.milestoneCalendar(m.id),
			name: `EO 14409 §${m.subsection} deadline`,
			title: `§${m.subsection} ${m.title}`,
			subject: { kind: 'requirement' as const, id: m.id },
			events: of([m]),
		})),
		...agencies.map((id) => ({
			path: route.agencyCalendar(id),
			name: `EO 14409 deadlines: ${agencyNames.get(id) ?? id}`,
			title: agencyNames.get(id) ?? id,
			subject: { kind: 'agency' as const, id },
			events: of(dated.filter((m) => m.lead.includes(id) || m.consulted.includes(id))),
		})),
	];
}

/** A calendar's address for one-tap subscribing: the https address with the webcal scheme. */
export function webcalUrl(httpsUrl: string): string {
	return httpsUrl.replace(/^https?:/, 'webcal:');
}
