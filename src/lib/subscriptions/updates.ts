/**
 * Everything new on the site as a list of dated updates, for the feeds: news items, milestone
 * evidence, milestone status changes (computed from the evidence log) and editorial changelog
 * entries. Each update has a stable GUID, a link, a UTC date, plain-text words and the topics and
 * agencies it concerns, so that per-topic and per-agency feeds are filters of one list. Pure.
 *
 * No item of the site's own (evidence, status change, site update) is dated before the site's first
 * publication, the date of its earliest changelog entry: an earlier change is dated the day the site
 * recorded it and says so plainly ("Recorded November 23, 2026: on July 3, 2026, §2(a) … became
 * “Overdue”"), so that subscribers never read it as an alert sent at the time. News items keep their
 * publisher's date: they are the publisher's items, not the site's alerts.
 */
import { formatDay, formatFuzzyDay, type IsoDay } from '../dates.ts';
import type { ChangelogEntry } from '../schemas/changelog.ts';
import { TOPICS } from '../news.ts';
import type { Topic } from '../schemas/feed.ts';
import type { Milestone, Site } from '../site-data.ts';
import { statusHistory } from '../status.ts';
import { STATUS_INFO } from '../status-text.ts';
import { newsUpdates } from './news-updates.ts';
import { route } from '../href.ts';

/** Kinds of update, as feed categories. */
type UpdateKind = 'news' | 'evidence' | 'status' | 'changelog' | 'source' | 'correction';

/** One dated update. `link` is absolute (news) or site-relative (everything else). */
export interface Update {
	/** Stable and unique: the permalink for news, an opaque id otherwise. */
	guid: string;
	guidIsPermaLink: boolean;
	kind: UpdateKind;
	title: string;
	link: string;
	/** ISO 8601 instant (UTC). */
	date: string;
	/** Plain text. */
	description: string;
	topics: Topic[];
	agencies: string[];
	milestone: string | null;
	/** Updates with the same batch key reach a feed as one item when it carries at least `min` of them. */
	batch: Batch | null;
	/** What a batched item touched, each with its link; empty for a single update. */
	parts: Part[];
}

/** One thing a batched item touched: its words and its link (absolute or site-relative). */
export interface Part {
	title: string;
	link: string;
}

/**
 * How updates are gathered into one feed item: a first import of undated news (`news-backlog`),
 * the renderings of one published document (`document`), the evidence and status changes recorded
 * on one day (`requirements`), or the site updates of one day (`site`, three or more).
 */
export interface Batch {
	kind: 'news-backlog' | 'document' | 'requirements' | 'site';
	key: string;
	min: number;
	/** The words this update takes in the batched item's list; its title when absent. */
	label?: string;
}

/** The topic a requirement belongs to, from its section and subsection. */
export function milestoneTopic(m: Pick<Milestone, 'subsection'>): Topic {
	const s = m.subsection;
	if (s.startsWith('2(c)')) return 'directives';
	if (s === '2(d)') return 'clearinghouse';
	if (s === '2(e)') return 'funding';
	if (s === '2(f)') return 'workforce';
	if (s.startsWith('3')) return 'benchmark-framework';
	if (s.startsWith('4')) return 'enforcement';
	return 'order';
}

const KIND_LABEL: Record<UpdateKind, string> = {
	news: 'News',
	evidence: 'Evidence',
	status: 'Status change',
	changelog: 'Site update',
	source: 'New source',
	correction: 'Corrected source',
};

/** The categories of an update: its kind, then its topics' names. */
export function categoriesOf(update: Update): string[] {
	return [KIND_LABEL[update.kind], ...update.topics.map((t) => TOPICS[t].label)];
}

const at = (day: IsoDay) => `${day}T00:00:00.000Z`;

/** Evidence and status changes recorded on one day reach a feed as one item when there are two or more. */
const requirementsBatch = (day: IsoDay): Batch => ({
	kind: 'requirements',
	key: `requirements:${day}`,
	min: 2,
});

/** The first words of the title of an item that records an earlier change. */
const RECORDED = 'Recorded ';

/** The day the site was first published: the date of its earliest changelog entry, or null. */
export function firstPublished(
	changelog: ReadonlyArray<Pick<ChangelogEntry, 'date'>>,
): IsoDay | null {
	return changelog.map((c) => c.date).sort()[0] ?? null;
}

/** The later of two days. */
const later = (a: IsoDay, b: IsoDay) => (a > b ? a : b);

/** Thrown by `assertFeedDates`; lists every back-dated item. */
export class BackdatedFeedItemError extends Error {
	override name = 'BackdatedFeedItemError';
}

/**
 * Throws `BackdatedFeedItemError` when an item of the site's own is dated before `first` (the
 * site's first publication) without saying plainly, at the start of its title, that it is the
 * record of an earlier change. News items are exempt: their date is their publisher's.
 */
export function assertFeedDates(updates: readonly Update[], first: IsoDay | null): void {
	if (first === null) return;
	const bad = updates.filter(
		(u) => u.kind !== 'news' && u.date.slice(0, 10) < first && !u.title.startsWith(RECORDED),
	);
	if (bad.length === 0) return;
	const lines = bad.map((u) => `  ${u.guid} dated ${u.date.slice(0, 10)}: "${u.title}"`);
	throw new BackdatedFeedItemError(
		`${bad.length} feed item(s) dated before the site's first publication on ${first}, without saying they record an earlier change:\n${lines.join('\n')}`,
	);
}

/** The bodies a requirement concerns: those that lead it and those to be consulted, sorted. */
const bodiesOf = (m: Pick<Milestone, 'lead' | 'consulted'>) =>
	[...new Set([...m.lead, ...m.consulted])].sort();

/** Every update of the site as of `asOf`, newest first (ties by GUID). */
export function siteUpdates(site: Site, orderDate: IsoDay, asOf: IsoDay): Update[] {
	const updates: Update[] = [];
	const agenciesOf = (ids: readonly string[]) =>
		[...new Set(site.milestones.filter((m) => ids.includes(m.id)).flatMap(bodiesOf))].sort();
	updates.push(...newsUpdates(site.news, agenciesOf));
	const first = firstPublished(site.changelog);
	/** The day an item is dated: when it happened, or when the site recorded it if that was later. */
	const dayOf = (happened: IsoDay, recorded: IsoDay | undefined) =>
		later(happened, recorded ?? first ?? happened);
	for (const m of site.milestones) {
		const topic = milestoneTopic(m);
		m.evidence.forEach((e, i) => {
			const day = dayOf(e.date, e.recorded);
			updates.push({
				guid: `eo14409-tracker:milestone:${m.id}:evidence:${i}`,
				guidIsPermaLink: false,
				kind: 'evidence',
				title:
					day === e.date
						? `§${m.subsection} ${m.title}: new evidence`
						: `${RECORDED}${formatDay(day)}: evidence dated ${formatFuzzyDay(e.date, e.precision)} on §${m.subsection} ${m.title}`,
				link: route.milestone(m.id, `evidence-${i + 1}`),
				date: at(day),
				description: e.note,
				topics: [topic],
				agencies: bodiesOf(m),
				milestone: m.id,
				batch: requirementsBatch(day),
				parts: [],
			});
		});
		for (const change of statusHistory(m, orderDate, asOf).slice(1)) {
			const label = STATUS_INFO[change.status.kind].label;
			const recorded = change.status.decisive?.recorded;
			const day = dayOf(change.date, recorded);
			const what = `the status computed from the evidence log ${day === change.date ? 'is' : 'became'} “${label}”: ${STATUS_INFO[change.status.kind].meaning}`;
			updates.push({
				// A change re-decided by a later correction gets a new GUID, so that readers see it.
				guid: `eo14409-tracker:milestone:${m.id}:status:${change.date}${recorded ? `:recorded:${recorded}` : ''}`,
				guidIsPermaLink: false,
				kind: 'status',
				title:
					day === change.date
						? `§${m.subsection} ${m.title}: now “${label}”`
						: `${RECORDED}${formatDay(day)}: on ${formatDay(change.date)}, §${m.subsection} ${m.title} became “${label}”`,
				link: route.milestone(m.id, 'history'),
				date: at(day),
				description:
					day === change.date
						? `From ${change.date}, ${what}`
						: `${RECORDED}by the tracker on ${day}${day === first ? ', its first publication' : ''}; the change took effect on ${change.date}, when ${what}`,
				topics: [topic],
				agencies: bodiesOf(m),
				milestone: m.id,
				batch: requirementsBatch(day),
				parts: [],
			});
		}
	}
	for (const c of site.changelog) {
		updates.push({
			guid: `eo14409-tracker:changelog:${c.id}`,
			guidIsPermaLink: false,
			kind: 'changelog',
			title: c.title,
			link: route.changelog(c.id),
			date: at(c.date),
			description: c.summary,
			topics: [],
			agencies: [],
			milestone: null,
			batch: { kind: 'site', key: `site:${c.date}`, min: 3 },
			parts: [],
		});
	}
	const dated = updates
		.filter((u) => u.date.slice(0, 10) <= asOf)
		.sort((a, b) => b.date.localeCompare(a.date) || a.guid.localeCompare(b.guid));
	assertFeedDates(dated, first);
	return dated;
}

/** At most this many items in any feed. */
export const FEED_LIMIT = 50;
