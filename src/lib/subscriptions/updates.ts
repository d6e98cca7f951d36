/**
 * Everything new on the site as a list of dated updates, for the feeds: news items, milestone
 * evidence, milestone status changes (computed from the evidence log) and editorial changelog
 * entries. Each update has a stable GUID, a link, a UTC date, plain-text words and the topics and
 * agencies it concerns, so that per-topic and per-agency feeds are filters of one list. Pure.
 */
import type { IsoDay } from '../dates.ts';
import { TOPICS } from '../news.ts';
import type { Topic } from '../schemas/feed.ts';
import type { Milestone, Site } from '../site-data.ts';
import { statusHistory } from '../status.ts';
import { STATUS_INFO } from '../status-text.ts';

/** Kinds of update, as feed categories. */
type UpdateKind = 'news' | 'evidence' | 'status' | 'changelog';

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
};

/** The categories of an update: its kind, then its topics' names. */
export function categoriesOf(update: Update): string[] {
	return [KIND_LABEL[update.kind], ...update.topics.map((t) => TOPICS[t].label)];
}

const at = (day: IsoDay) => `${day}T00:00:00.000Z`;

/** The bodies a requirement concerns: those that lead it and those to be consulted, sorted. */
const bodiesOf = (m: Pick<Milestone, 'lead' | 'consulted'>) =>
	[...new Set([...m.lead, ...m.consulted])].sort();

/** Every update of the site as of `asOf`, newest first (ties by GUID). */
export function siteUpdates(site: Site, orderDate: IsoDay, asOf: IsoDay): Update[] {
	const updates: Update[] = [];
	const agenciesOf = (ids: readonly string[]) =>
		[...new Set(site.milestones.filter((m) => ids.includes(m.id)).flatMap(bodiesOf))].sort();
	for (const n of site.news) {
		updates.push({
			guid: n.url,
			guidIsPermaLink: true,
			kind: 'news',
			title: n.title,
			link: n.url,
			date: n.published,
			description: [
				`${n.publisher}.`,
				n.dateSource === 'first-seen'
					? `Undated; first listed by the tracker on ${n.published.slice(0, 10)}.`
					: '',
				n.summary ?? '',
			]
				.filter(Boolean)
				.join(' '),
			topics: n.topics,
			agencies: agenciesOf(n.milestones),
			milestone: null,
		});
	}
	for (const m of site.milestones) {
		const topic = milestoneTopic(m);
		m.evidence.forEach((e, i) => {
			updates.push({
				guid: `eo14409-tracker:milestone:${m.id}:evidence:${i}`,
				guidIsPermaLink: false,
				kind: 'evidence',
				title: `§${m.subsection} ${m.title}: new evidence`,
				link: `/milestones/${m.id}/#evidence-${i + 1}`,
				date: at(e.date),
				description: e.note,
				topics: [topic],
				agencies: bodiesOf(m),
				milestone: m.id,
			});
		});
		for (const change of statusHistory(m, orderDate, asOf).slice(1)) {
			const label = STATUS_INFO[change.status.kind].label;
			updates.push({
				guid: `eo14409-tracker:milestone:${m.id}:status:${change.date}`,
				guidIsPermaLink: false,
				kind: 'status',
				title: `§${m.subsection} ${m.title}: now “${label}”`,
				link: `/milestones/${m.id}/#history`,
				date: at(change.date),
				description: `From ${change.date}, the status computed from the evidence log is “${label}”: ${STATUS_INFO[change.status.kind].meaning}`,
				topics: [topic],
				agencies: bodiesOf(m),
				milestone: m.id,
			});
		}
	}
	for (const c of site.changelog) {
		updates.push({
			guid: `eo14409-tracker:changelog:${c.id}`,
			guidIsPermaLink: false,
			kind: 'changelog',
			title: c.title,
			link: `/about/changelog/#${c.id}`,
			date: at(c.date),
			description: c.summary,
			topics: [],
			agencies: [],
			milestone: null,
		});
	}
	return updates
		.filter((u) => u.date.slice(0, 10) <= asOf)
		.sort((a, b) => b.date.localeCompare(a.date) || a.guid.localeCompare(b.guid));
}

/** At most this many items in any feed. */
export const FEED_LIMIT = 50;
