/**
 * What a reader can subscribe to or download, described: every feed and file with what it holds
 * and how often it changes (the /subscribe/ page), and each data file's fields (the /data/ page).
 * The column descriptions are typed by the export's column lists, so a new column without a
 * description does not compile.
 */
import type { EVIDENCE_COLUMNS, MILESTONE_COLUMNS } from '../export/milestone-records.ts';
import { TOPIC_IDS, TOPICS } from '../news.ts';
import type { Agency } from '../schemas/agency.ts';
import { formatDay } from '../dates.ts';
import {
	agencyFeed,
	type FeedSpec,
	feedSummary,
	MAIN_FEED,
	MILESTONES_FEED,
	topicFeed,
} from './feeds.ts';
import type { CalendarSpec } from './calendars.ts';
import { CHANGES_FEED } from './changes-feed.ts';
import type { Update } from './updates.ts';
import { route } from '../href.ts';

/** One thing to subscribe to. `path` is a site path. */
export interface Subscription {
	path: string;
	title: string;
	format: 'RSS' | 'JSON Feed' | 'iCalendar' | 'OPML';
	contains: string;
	changes: string;
	/** What it holds now, in words: "12 items, the newest dated June 5, 2026" or "No items yet". */
	holds: string;
	/** True for a calendar, which is also offered at its webcal: address. */
	webcal?: true;
}

/** What is in the files that are not feeds of updates, for `holds`. */
export interface FileCounts {
	/** The deadline calendars, the whole set first. */
	calendars: readonly CalendarSpec[];
	/** Web feeds listed in the OPML file. */
	sources: number;
	/** Items of the weekly changes feed, and its newest item's date (YYYY-MM-DD) or null. */
	changes: { count: number; last: string | null };
}

const plural = (n: number, one: string, many: string) =>
	`${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** A feed's item count and newest item's date in words. */
function holdsOf(spec: FeedSpec, updates: readonly Update[]): string {
	const { count, last } = feedSummary(spec, updates);
	return last === null
		? 'No items yet.'
		: `${plural(count, 'item', 'items')}, the newest dated ${formatDay(last)}.`;
}

const ON_UPDATE = 'At each build, when news, evidence or a status change arrives.';

/** A calendar's event count and last due date in words. */
function calendarHolds(spec: CalendarSpec): string {
	const days = spec.events.map((e) => e.day).sort();
	if (days.length === 1) return `1 deadline, on ${formatDay(days[0]!)}.`;
	return `${plural(days.length, 'deadline', 'deadlines')}, the last on ${formatDay(days.at(-1)!)}.`;
}

/** One requirement's or agency's calendar. */
const calendarEntry = (spec: CalendarSpec, contains: string): Subscription => ({
	path: spec.path,
	title: spec.title,
	format: 'iCalendar',
	contains,
	changes: 'When a status changes: the event is updated in place.',
	holds: calendarHolds(spec),
	webcal: true,
});

/** The main subscriptions, then one per topic, then one per agency, each with what it holds now. */
export function subscriptions(
	agencies: ReadonlyMap<string, Agency>,
	updates: readonly Update[],
	files: FileCounts,
): {
	main: Subscription[];
	topics: Subscription[];
	agencies: Subscription[];
	requirementCalendars: Subscription[];
	agencyCalendars: Subscription[];
} {
	const [all, ...rest] = files.calendars;
	return {
		main: [
			{
				path: MAIN_FEED.path,
				title: 'Everything',
				format: 'RSS',
				contains:
					'The latest 50 items: news, new evidence and status changes (those recorded on one day in one item, listing each requirement), and site updates.',
				changes: ON_UPDATE,
				holds: holdsOf(MAIN_FEED, updates),
			},
			{
				path: route.jsonFeed,
				title: 'Everything, as JSON Feed',
				format: 'JSON Feed',
				contains: 'The same items as the main RSS feed, in JSON Feed 1.1.',
				changes: ON_UPDATE,
				holds: holdsOf(MAIN_FEED, updates),
			},
			{
				path: CHANGES_FEED.path,
				title: 'What changed, week by week',
				format: 'RSS',
				contains:
					'One item a week listing that week’s status changes, evidence, news and site updates by requirement; the same list as the What changed page, which can also show what changed after a date.',
				changes: 'Each week that something changes.',
				holds: files.changes.last
					? `${plural(files.changes.count, 'item', 'items')}, the newest dated ${formatDay(files.changes.last)}.`
					: 'No items yet.',
			},
			{
				path: MILESTONES_FEED.path,
				title: 'Milestones, evidence and status changes',
				format: 'RSS',
				contains: 'Only new evidence and status changes of the requirements; no news.',
				changes: 'When evidence is logged, or when a deadline passes and a status changes.',
				holds: holdsOf(MILESTONES_FEED, updates),
			},
			{
				...calendarEntry(
					all!,
					"Every requirement's deadline as an all-day event, with its status in the description.",
				),
				changes: 'When a requirement or its status changes: each event is updated in place.',
			},
			{
				path: route.sourcesOpml,
				title: 'The feeds the tracker reads',
				format: 'OPML',
				contains:
					'The official and press feeds the aggregator reads, to subscribe to the same sources.',
				changes: 'When a feed is added or removed.',
				holds: `${plural(files.sources, 'feed', 'feeds')}.`,
			},
		],
		topics: TOPIC_IDS.map((t) => ({
			path: topicFeed(t).path,
			title: TOPICS[t].label,
			format: 'RSS',
			contains: TOPICS[t].description,
			changes: ON_UPDATE,
			holds: holdsOf(topicFeed(t), updates),
		})),
		agencies: [...agencies].map(([id, a]) => ({
			path: agencyFeed(id, a).path,
			title: a.name,
			format: 'RSS',
			contains: `Updates on the requirements ${a.short} leads or is consulted on, and news about them.`,
			changes: ON_UPDATE,
			holds: holdsOf(agencyFeed(id, a), updates),
		})),
		requirementCalendars: rest
			.filter((c) => c.subject?.kind === 'requirement')
			.map((c) => calendarEntry(c, 'Its deadline, with its status in the description.')),
		agencyCalendars: rest
			.filter((c) => c.subject?.kind === 'agency')
			.map((c) =>
				calendarEntry(
					c,
					'The deadlines of the requirements it leads or is to be consulted on, with their status.',
				),
			),
	};
}

/** One downloadable data file and its fields. */
export interface DataFile {
	path: string;
	title: string;
	format: 'JSON' | 'CSV' | 'iCalendar';
	description: string;
	fields: ReadonlyArray<readonly [string, string]>;
}

const MILESTONE_FIELDS: Record<(typeof MILESTONE_COLUMNS)[number], string> = {
	id: 'Stable identifier of the requirement; also its page at /milestones/<id>/.',
	section: 'Section of the order (1–5).',
	subsection: 'Subsection as cited, e.g. 2(c)(iii).',
	letter_inferred:
		'true when the subsection letter is inferred from order of presentation, not confirmed.',
	title: 'Short title of the requirement.',
	deliverable: 'What must be delivered, in plain words.',
	lead: 'Agencies responsible (ids, separated by "; ").',
	consulted: 'Agencies to be consulted (ids, separated by "; ").',
	deadline_days:
		'Days after the order (June 2, 2026) that it is due; empty when there is no deadline.',
	due: 'Due date, YYYY-MM-DD (UTC), computed from deadline_days.',
	classified: 'true when the deliverable is classified by design.',
	status: 'Computed status (see /about/#status): a machine-readable kind.',
	status_label: 'The status in words.',
	status_reason: 'One sentence explaining the status.',
	days_to_due: 'Days from the build date to the due date; negative when past.',
	days_late:
		'Days past the due date: for an overdue requirement counted to status_as_of, for a late delivery or claim counted to the date of the record or claim (see day_count).',
	day_count:
		'days_late in words, with the day it is counted to and the day public records were last searched.',
	last_searched: 'The latest day, on or before status_as_of, that public records were searched.',
	attribution_note:
		'Set when the record deciding the status is not confirmed to be the deliverable of the order.',
	status_as_of: 'The day the status was computed for (the build date).',
	evidence_count: 'Number of evidence entries.',
	latest_evidence_date: 'Date of the latest evidence entry.',
	latest_evidence: 'Note of the latest evidence entry.',
	last_checked: 'The day the public record was last searched for this requirement.',
	url: "The requirement's page on this site.",
};

const EVIDENCE_FIELDS: Record<(typeof EVIDENCE_COLUMNS)[number], string> = {
	milestone: 'Requirement id.',
	date: 'Date of the evidence, YYYY-MM-DD (UTC).',
	precision: 'How precisely the date is known: day, month or approximate.',
	shows:
		'What the entry shows, one value per status rule: delivered, delivered-in-part, delivery-claimed, started, nothing-public or context (see /about/#evidence-types).',
	basis: 'Whether it rests on a public record, a government claim or a report.',
	confidence: 'Grade: primary, secondary or lead (see /about/#confidence).',
	note: 'One line on what the evidence is.',
	attribution_unconfirmed:
		'For a delivery entry not confirmed to be the deliverable of the order: what is unconfirmed.',
	sources: 'Source ids (separated by "; "); each has a page at /sources/<id>/.',
	source_urls: 'Addresses of those sources, where confirmed.',
};

/** Every data file with its fields. */
export const DATA_FILES: readonly DataFile[] = [
	{
		path: route.dataFile('milestones', 'json'),
		title: 'Requirements, complete',
		format: 'JSON',
		description:
			'Every requirement with all its fields, its computed status and its whole evidence log with sources. The CSV columns below, as nested JSON.',
		fields: Object.entries(MILESTONE_FIELDS),
	},
	{
		path: route.dataFile('milestones', 'csv'),
		title: 'Requirements',
		format: 'CSV',
		description: 'One row per requirement.',
		fields: Object.entries(MILESTONE_FIELDS),
	},
	{
		path: route.dataFile('milestone-evidence', 'csv'),
		title: 'Evidence log',
		format: 'CSV',
		description: 'One row per evidence entry, oldest first within each requirement.',
		fields: Object.entries(EVIDENCE_FIELDS),
	},
	{
		path: route.calendar,
		title: 'Deadlines',
		format: 'iCalendar',
		description: 'One all-day event per requirement with a deadline (RFC 5545).',
		fields: [
			['SUMMARY', 'Subsection and title.'],
			['DTSTART', 'The due date.'],
			['DESCRIPTION', 'Status and deliverable.'],
			['URL', "The requirement's page."],
			['UID', 'Stable identifier of the event, the same in every calendar of the site.'],
			['SEQUENCE', 'Revision of the event; it grows when its status or evidence changes.'],
		],
	},
];
