/**
 * The coverage matrix as data: for each claim, how many sources agree with the order, differ or
 * are silent; for each source, its position on each claim. A source not listed on a claim was
 * not assessed for it, which is not the same as silent.
 */
import type { Claim, Position } from './schemas/claim.ts';
import type { Source } from './schemas/source.ts';

/** Counts of positions on one claim. */
export interface StanceCounts {
	agrees: number;
	differs: number;
	silent: number;
}

/** How many listed sources agree, differ and are silent on `claim`. */
export function stanceCounts(claim: Claim): StanceCounts {
	const counts: StanceCounts = { agrees: 0, differs: 0, silent: 0 };
	for (const p of claim.positions) counts[p.stance]++;
	return counts;
}

/** A source's position on each claim it was assessed for, in the claims' order. */
export function positionsOf(
	sourceId: string,
	claims: readonly Claim[],
): Array<{ claim: Claim; position: Position }> {
	return claims.flatMap((claim) => {
		const position = claim.positions.find((p) => p.source === sourceId);
		return position ? [{ claim, position }] : [];
	});
}

/** Ids of sources assessed on at least one claim, most assessed first, then by publisher. */
export function matrixSources(
	claims: readonly Claim[],
	sources: ReadonlyMap<string, Source>,
): string[] {
	const count = new Map<string, number>();
	for (const c of claims)
		for (const p of c.positions) count.set(p.source, (count.get(p.source) ?? 0) + 1);
	return [...count.keys()].sort(
		(a, b) =>
			(count.get(b) ?? 0) - (count.get(a) ?? 0) ||
			(sources.get(a)?.publisher ?? a).localeCompare(sources.get(b)?.publisher ?? b),
	);
}

/** The claims that name requirement `id` in their `requirements`, in the claims' order. */
export function claimsAbout(claims: readonly Claim[], id: string): Claim[] {
	return claims.filter((c) => c.requirements.includes(id));
}

/**
 * The requirements `claim` names, taken from `requirements` (the site's requirements or views of
 * them) so that they keep the site's order; ids not among them are left out.
 */
export function requirementsOf<T extends { id: string }>(
	claim: Claim,
	requirements: readonly T[],
): T[] {
	return requirements.filter((r) => claim.requirements.includes(r.id));
}

/** Claims ordered by how contested they are: most differing sources first, then as authored. */
export function byDiscrepancy(claims: readonly Claim[]): Claim[] {
	return claims
		.map((claim, index) => ({ claim, index, differs: stanceCounts(claim).differs }))
		.sort((a, b) => b.differs - a.differs || a.index - b.index)
		.map((x) => x.claim);
}

/** Reader-facing words and a symbol for each stance (the symbol is never the only cue). */
export const STANCE_INFO: Record<Position['stance'], { label: string; mark: string }> = {
	agrees: { label: 'States it as the order does', mark: '✓' },
	differs: { label: 'States it differently', mark: '≠' },
	silent: { label: 'Does not address it', mark: '–' },
};
