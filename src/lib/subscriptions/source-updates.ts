/**
 * New and corrected sources as updates for /changes/ and its weekly feed. A source is new on the
 * day it entered the tracker (`added`) and corrected on the day of each of its `corrections`; each
 * such update is listed under every requirement that cites the source (for the requirement itself,
 * its quotation or its evidence), or under none when no requirement cites it. The sources that
 * entered on or before the site's first publication are its starting catalogue: one update says
 * how many and links to the catalogue, instead of one update per source. Pure.
 */
import { formatDay, type IsoDay } from '../dates.ts';
import type { Site } from '../site-data.ts';
import type { Source } from '../schemas/source.ts';
import { sourceNameText } from '../source-labels.ts';
import { milestoneTopic, type Update } from './updates.ts';
import { route } from '../href.ts';

type Requirement = Site['milestones'][number];

const at = (day: IsoDay) => `${day}T00:00:00.000Z`;

/** The requirements citing each source id, in the site's order. */
function citingRequirements(milestones: readonly Requirement[]): Map<string, Requirement[]> {
	const citing = new Map<string, Requirement[]>();
	for (const m of milestones) {
		const ids = new Set([
			...m.sources,
			...(m.quote ? [m.quote.source] : []),
			...m.evidence.flatMap((e) => e.sources),
		]);
		for (const id of ids) citing.set(id, [...(citing.get(id) ?? []), m]);
	}
	return citing;
}

/**
 * One update per requirement citing `source` (or one under no requirement), with the GUID
 * `eo14409-tracker:source:<id>:<what>:<requirement or "none">`.
 */
function perRequirement(
	source: Source,
	citing: readonly Requirement[],
	what: string,
	base: Pick<Update, 'kind' | 'title' | 'date' | 'description'>,
): Update[] {
	const targets: Array<Requirement | null> = citing.length > 0 ? [...citing] : [null];
	return targets.map((m) => ({
		...base,
		guid: `eo14409-tracker:source:${source.id}:${what}:${m?.id ?? 'none'}`,
		guidIsPermaLink: false,
		link: route.source(source.id),
		topics: m ? [milestoneTopic(m)] : [],
		agencies: m ? [...new Set([...m.lead, ...m.consulted])].sort() : [],
		milestone: m?.id ?? null,
		batch: null,
		parts: [],
	}));
}

/**
 * Every new and corrected source up to `asOf`, newest first (ties by GUID); `first` is the site's
 * first publication (null when it has none, and then every source is listed one by one).
 */
export function sourceUpdates(
	site: Pick<Site, 'sources' | 'milestones'>,
	first: IsoDay | null,
	asOf: IsoDay,
): Update[] {
	const citing = citingRequirements(site.milestones);
	const sources = [...site.sources.values()];
	const starting = sources.filter((s) => first !== null && s.added <= first);
	const updates: Update[] = [];
	if (first !== null && starting.length > 0) {
		updates.push({
			guid: `eo14409-tracker:sources:catalogue:${first}`,
			guidIsPermaLink: false,
			kind: 'source',
			title: `${starting.length} sources catalogued at the tracker’s first publication`,
			link: route.sources,
			date: at(first),
			description: `The ${starting.length} sources the tracker started from on ${formatDay(first)}, listed in its source catalogue.`,
			topics: [],
			agencies: [],
			milestone: null,
			batch: null,
			parts: [],
		});
	}
	for (const s of sources) {
		const name = `${sourceNameText(s)} (${s.publisher})`;
		const by = citing.get(s.id) ?? [];
		if (!starting.includes(s)) {
			updates.push(
				...perRequirement(s, by, 'added', {
					kind: 'source',
					title: name,
					date: at(s.added),
					description: `Added to the tracker on ${formatDay(s.added)}.`,
				}),
			);
		}
		s.corrections.forEach((c, i) =>
			updates.push(
				...perRequirement(s, by, `correction-${i + 1}`, {
					kind: 'correction',
					title: `${name}: ${c.what}`,
					date: at(c.date),
					description: `Corrected on ${formatDay(c.date)}: ${c.what}`,
				}),
			),
		);
	}
	return updates
		.filter((u) => u.date.slice(0, 10) <= asOf)
		.sort((a, b) => b.date.localeCompare(a.date) || a.guid.localeCompare(b.guid));
}
