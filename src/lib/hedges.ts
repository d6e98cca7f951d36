/**
 * Hedges on statements that rest only on reporting. A statement whose every source is press,
 * analysis, a blog or a research note (none a public record: the order, an agency's own text)
 * must say so where it appears: "reportedly", "according to …", or a named reporter ("Fortune
 * reported", "X said"). Pure.
 */
import type { Source, SourceKind } from './schemas/source.ts';

/** Kinds of source that are public records of the thing itself. */
const RECORD_KINDS: ReadonlySet<SourceKind> = new Set(['primary', 'agency']);

const HEDGE =
	/\b(?:reportedly|according to|reported|reports|said|says|told|wrote|writes|unverified)\b/i;

/** Whether `text` carries a hedge or an attribution. */
export function hasHedge(text: string): boolean {
	return HEDGE.test(text);
}

/** Whether a statement with these sources rests only on reporting (no public record among them). */
export function restsOnReporting(sources: ReadonlyArray<Pick<Source, 'kind'>>): boolean {
	return sources.length > 0 && sources.every((s) => !RECORD_KINDS.has(s.kind));
}

/** The problem with stating `text` on these sources, or undefined when it is hedged or on record. */
export function hedgeProblem(
	text: string,
	sources: ReadonlyArray<Pick<Source, 'id' | 'kind'>>,
): string | undefined {
	if (!restsOnReporting(sources) || hasHedge(text)) return undefined;
	const list = sources.map((s) => `${s.id} (${s.kind})`).join(', ');
	return `rests only on reporting (${list}) but carries no hedge ("reportedly", "according to …")`;
}

const ABSENCE =
	/\b(?:no public|finds? no|found no|nothing (?:published|found)|not (?:public|found))\b/i;

/**
 * The hedge problem of a milestone's evidence note: as for any statement, except that a note
 * reporting an absence ("No public record found as of …") states the result of a search, not news.
 */
export function evidenceHedgeProblem(
	note: string,
	sources: ReadonlyArray<Pick<Source, 'id' | 'kind'>>,
): string | undefined {
	return ABSENCE.test(note) ? undefined : hedgeProblem(note, sources);
}
