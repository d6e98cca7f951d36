/**
 * The milestones as downloadable data: a JSON document, flat CSV rows (one per requirement, and
 * one per evidence entry), and calendar events for dated deadlines. Every field a page shows is
 * here; statuses carry the day they were computed for.
 */
import type { IsoDay } from '../dates.ts';
import type { MilestoneView } from '../milestone-view.ts';
import { ORDER } from '../order-document.ts';
import type { Source } from '../schemas/source.ts';
import { attributionNote, dayCountText, STATUS_INFO, statusReason } from '../status-text.ts';
import type { IcsEvent } from './ics.ts';
import { route } from '../href.ts';

/** Builds absolute URLs for site paths (a route such as milestones/x/ → https://host/base/milestones/x/). */
export type UrlFor = (path: string) => string;

const sourceRef = (sources: ReadonlyMap<string, Source>) => (id: string) => {
	const s = sources.get(id);
	return {
		id,
		publisher: s?.publisher ?? null,
		title: s?.title ?? null,
		description: s?.description ?? null,
		url: s?.url ?? null,
		tier: s?.tier ?? null,
	};
};

/** The JSON download: metadata plus one object per requirement. */
export function milestonesJson(
	views: readonly MilestoneView[],
	sources: ReadonlyMap<string, Source>,
	asOf: IsoDay,
	urlFor: UrlFor,
) {
	const ref = sourceRef(sources);
	return {
		title: `Requirements of Executive Order ${ORDER.number} and their status`,
		order: {
			number: ORDER.number,
			title: ORDER.title,
			signed: ORDER.signed,
			citation: ORDER.citation,
		},
		statusAsOf: asOf,
		statusRules: urlFor(route.about('status')),
		licence: 'CC BY 4.0',
		milestones: views.map((m) => ({
			id: m.id,
			url: urlFor(route.milestone(m.id)),
			section: m.sectionNumber,
			subsection: m.subsection,
			letterInferred: m.letterInferred,
			title: m.title,
			deliverable: m.deliverable,
			orderText: m.quote ? { ...m.quote, source: ref(m.quote.source) } : null,
			lead: m.lead,
			consulted: m.consulted,
			deadline: m.deadline,
			due: m.status.due,
			classified: m.classified,
			status: {
				kind: m.status.kind,
				label: STATUS_INFO[m.status.kind].label,
				reason: statusReason(m.status),
				daysToDue: m.status.daysToDue,
				daysLate: m.status.daysLate,
				dayCount: dayCountText(m.status),
				lastSearched: m.status.lastAbsenceCheck,
				attribution: attributionNote(m.status),
			},
			lastChecked: m.lastChecked,
			sources: m.sources.map(ref),
			evidence: m.evidence.map((e) => ({ ...e, sources: e.sources.map(ref) })),
		})),
	};
}

/** Columns of the per-requirement CSV. */
export const MILESTONE_COLUMNS = [
	'id',
	'section',
	'subsection',
	'letter_inferred',
	'title',
	'deliverable',
	'lead',
	'consulted',
	'deadline_days',
	'due',
	'classified',
	'status',
	'status_label',
	'status_reason',
	'days_to_due',
	'days_late',
	'day_count',
	'last_searched',
	'attribution_note',
	'status_as_of',
	'evidence_count',
	'latest_evidence_date',
	'latest_evidence',
	'last_checked',
	'url',
] as const;

type Row<C extends readonly string[]> = Record<C[number], string | number | boolean | null>;

/** One CSV row per requirement; lists are joined with "; ". */
export function milestoneRows(
	views: readonly MilestoneView[],
	urlFor: UrlFor,
): Array<Row<typeof MILESTONE_COLUMNS>> {
	return views.map((m) => {
		const latest = m.evidence.at(-1);
		return {
			id: m.id,
			section: m.sectionNumber,
			subsection: m.subsection,
			letter_inferred: m.letterInferred,
			title: m.title,
			deliverable: m.deliverable,
			lead: m.lead.join('; '),
			consulted: m.consulted.join('; '),
			deadline_days: m.deadline.kind === 'days' ? m.deadline.days : null,
			due: m.status.due,
			classified: m.classified,
			status: m.status.kind,
			status_label: STATUS_INFO[m.status.kind].label,
			status_reason: statusReason(m.status),
			days_to_due: m.status.daysToDue,
			days_late: m.status.daysLate,
			day_count: dayCountText(m.status),
			last_searched: m.status.lastAbsenceCheck,
			attribution_note: attributionNote(m.status),
			status_as_of: m.status.asOf,
			evidence_count: m.evidence.length,
			latest_evidence_date: latest?.date ?? null,
			latest_evidence: latest?.note ?? null,
			last_checked: m.lastChecked,
			url: urlFor(route.milestone(m.id)),
		};
	});
}

/** Columns of the per-evidence CSV. */
export const EVIDENCE_COLUMNS = [
	'milestone',
	'date',
	'precision',
	'shows',
	'basis',
	'confidence',
	'note',
	'attribution_unconfirmed',
	'sources',
	'source_urls',
] as const;

/** One CSV row per evidence entry, oldest first within each requirement. */
export function evidenceRows(
	views: readonly MilestoneView[],
	sources: ReadonlyMap<string, Source>,
): Array<Row<typeof EVIDENCE_COLUMNS>> {
	return views.flatMap((m) =>
		m.evidence.map((e) => ({
			milestone: m.id,
			date: e.date,
			precision: e.precision,
			shows: e.shows,
			basis: e.basis,
			confidence: e.confidence,
			note: e.note,
			attribution_unconfirmed: e.attributionUnconfirmed ?? null,
			sources: e.sources.join('; '),
			source_urls: e.sources
				.map((id) => sources.get(id)?.url)
				.filter((u): u is string => u !== undefined)
				.join(' '),
		})),
	);
}

/** One all-day calendar event per requirement with a dated deadline. */
export function deadlineEvents(views: readonly MilestoneView[], urlFor: UrlFor): IcsEvent[] {
	return views.flatMap((m) => {
		if (m.status.due === null || m.deadline.kind !== 'days') return [];
		const url = urlFor(route.milestone(m.id));
		return [
			{
				uid: `${m.id}.deadline@eo14409-tracker`,
				day: m.status.due,
				summary: `EO ${ORDER.number} §${m.subsection} due: ${m.title}`,
				description: `${m.deliverable}\n\nLead: ${m.leadNames.join(', ')}. Due ${m.deadline.days} days after the order of ${ORDER.signed}.\nStatus on ${m.status.asOf}: ${statusReason(m.status)}\n${url}`,
				url,
				categories: ['EO 14409', `Section ${m.sectionNumber}`, ...m.leadNames],
			},
		];
	});
}
