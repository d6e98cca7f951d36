/**
 * What changed, week by week, for /changes/ and its feed: every update (status changes, evidence,
 * new and corrected sources, news, site updates and corrections) filed under the UTC week (Monday to Sunday) of the day it
 * reached the site, grouped by the requirement it concerns, each with its link. Weeks newest
 * first; within a group, newest first. Pure.
 */
import { addDays, dayToUtcMs, formatDay, type IsoDay } from '../dates.ts';
import type { Update } from './updates.ts';
import { route } from '../href.ts';

/** One change as listed on /changes/. */
interface ChangeEntry {
	/**
	 * What kind of change, in words: "Status change", "New evidence", "New source", "Corrected
	 * source", "News" or "Site update".
	 */
	kind: string;
	title: string;
	/** Absolute (news) or site-relative. */
	link: string;
	/** The day it reached the site (YYYY-MM-DD). */
	day: IsoDay;
}

/** The changes of one week on one requirement (or on none). */
interface ChangeGroup {
	/** The requirement's id, or null for news and site updates that concern no single requirement. */
	milestone: string | null;
	heading: string;
	/** The requirement's page, or null. */
	link: string | null;
	entries: ChangeEntry[];
}

/** One week's changes. */
export interface ChangeWeek {
	/** Its Monday (YYYY-MM-DD), also its anchor on the page. */
	start: IsoDay;
	end: IsoDay;
	heading: string;
	groups: ChangeGroup[];
}

const KIND: Record<Update['kind'], string> = {
	status: 'Status change',
	evidence: 'New evidence',
	news: 'News',
	changelog: 'Site update',
	source: 'New source',
	correction: 'Corrected source',
};

/** The Monday of a day's UTC week. */
export function weekStart(day: IsoDay): IsoDay {
	const weekday = (new Date(dayToUtcMs(day)).getUTCDay() + 6) % 7;
	return addDays(day, -weekday);
}

/**
 * Every update filed by week and requirement, newest week first. `requirements` names each
 * requirement (`§2(a) Title`) in the order groups are shown; other groups come after them.
 */
export function changeWeeks(
	updates: readonly Update[],
	requirements: ReadonlyArray<{ id: string; subsection: string; title: string }>,
): ChangeWeek[] {
	const weeks = new Map<IsoDay, Update[]>();
	for (const u of updates) {
		const start = weekStart(u.date.slice(0, 10));
		weeks.set(start, [...(weeks.get(start) ?? []), u]);
	}
	const order = new Map(requirements.map((r, i) => [r.id, i]));
	return [...weeks.keys()]
		.sort()
		.reverse()
		.map((start) => {
			const byGroup = new Map<string | null, Update[]>();
			for (const u of weeks.get(start)!) {
				const key = u.milestone !== null && order.has(u.milestone) ? u.milestone : null;
				byGroup.set(key, [...(byGroup.get(key) ?? []), u]);
			}
			const groups = [...byGroup.entries()]
				.sort(([a], [b]) => (a === null ? 1e6 : order.get(a)!) - (b === null ? 1e6 : order.get(b)!))
				.map(([id, us]): ChangeGroup => {
					const r = requirements[order.get(id ?? '') ?? -1];
					return {
						milestone: id,
						heading: r ? `§${r.subsection} ${r.title}` : 'The order as a whole, news and the site',
						link: r ? route.milestone(r.id) : null,
						entries: [...us]
							.sort((a, b) => b.date.localeCompare(a.date) || a.guid.localeCompare(b.guid))
							.map((u) => ({
								kind: KIND[u.kind],
								title: u.title,
								link: u.link,
								day: u.date.slice(0, 10),
							})),
					};
				});
			const end = addDays(start, 6);
			return {
				start,
				end,
				heading: `Week of ${formatDay(start)}`,
				groups,
			};
		});
}
