/**
 * Grade checks: a source's grade agrees with how we read it, and every entry that rests on sources
 * carries the grade of its best source. The rules follow the definitions on /about/#confidence:
 *
 * - A source graded `primary` ("read through a stored copy or a careful verbatim relay") must have
 *   `access` `stored-copy`, or `relayed` with `via` naming the source that relays its words. A
 *   source we did not read, or know only from a listing, is not primary by reading.
 * - An event's or evidence entry's `confidence` ("confidence of the best source", per the schemas)
 *   must equal the highest `tier` among its sources: never higher, which would overstate it, and
 *   never lower, which would contradict the grade shown on the source itself.
 *
 * Claims carry no grade of their own, so they are not checked here. Unknown source ids are
 * reported by the cross-reference check and skipped here.
 */
import type { Confidence } from '../schemas/common.ts';
import type { Source } from '../schemas/source.ts';
import type { EntryLike, SiteContent } from './integrity.ts';
import type { Problem } from './validate.ts';

const RANK: Record<Confidence, number> = { lead: 0, secondary: 1, primary: 2 };

/** The highest tier among the known sources, or undefined when none is known. */
function bestTier(ids: readonly string[], tiers: ReadonlyMap<string, Confidence>) {
	let best: Confidence | undefined;
	for (const id of ids) {
		const tier = tiers.get(id);
		if (tier && (best === undefined || RANK[tier] > RANK[best])) best = tier;
	}
	return best;
}

/** Whether a source's `access` supports the `primary` grade. */
function readAsPrimary(source: Source): boolean {
	return source.access === 'stored-copy' || (source.access === 'relayed' && !!source.via);
}

/** Every disagreement between a grade and what it rests on, in a stable order. */
export function gradeProblems(content: SiteContent): Problem[] {
	const problems: Problem[] = [];
	const fileOf = (collection: string, entry: EntryLike<unknown>) =>
		entry.filePath ?? `(collection ${collection})`;
	const tiers = new Map(content.sources.map((e) => [e.id, e.data.tier]));

	for (const entry of content.sources) {
		if (entry.data.tier === 'primary' && !readAsPrimary(entry.data)) {
			problems.push({
				file: fileOf('sources', entry),
				entry: entry.id,
				field: 'tier',
				value: entry.data.via ? entry.data.access : `${entry.data.access}, no via`,
				message:
					'grade "primary" needs access "stored-copy", or "relayed" with "via" naming the relay; found access',
			});
		}
	}
	const checkGrade = (
		collection: string,
		entry: EntryLike<unknown>,
		field: string,
		confidence: Confidence,
		sources: readonly string[],
	) => {
		const best = bestTier(sources, tiers);
		if (best !== undefined && best !== confidence) {
			problems.push({
				file: fileOf(collection, entry),
				entry: entry.id,
				field,
				value: confidence,
				message: `must equal the best grade among its sources, "${best}"; found`,
			});
		}
	};
	for (const entry of content.events) {
		checkGrade('events', entry, 'confidence', entry.data.confidence, entry.data.sources);
	}
	for (const entry of content.milestones) {
		entry.data.evidence.forEach((ev, i) =>
			checkGrade('milestones', entry, `evidence[${i}].confidence`, ev.confidence, ev.sources),
		);
	}
	return problems;
}
