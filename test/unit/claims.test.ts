import { describe, expect, it } from 'vitest';
import { byDiscrepancy, matrixSources, positionsOf, stanceCounts } from '../../src/lib/claims.ts';
import type { Claim } from '../../src/lib/schemas/claim.ts';
import type { Source } from '../../src/lib/schemas/source.ts';

const claim = (id: string, positions: Claim['positions']): Claim => ({
	id,
	short: id,
	question: `${id}?`,
	explanation: 'E.',
	positions,
});

const claims = [
	claim('a', [
		{ source: 's1', stance: 'agrees' },
		{ source: 's2', stance: 'differs', says: 'x' },
	]),
	claim('b', [
		{ source: 's2', stance: 'differs', says: 'y' },
		{ source: 's3', stance: 'differs', says: 'z' },
		{ source: 's1', stance: 'silent' },
	]),
	claim('c', [{ source: 's3', stance: 'agrees' }]),
];

describe('coverage matrix data', () => {
	it('stanceCounts() counts listed positions only', () => {
		expect(stanceCounts(claims[1]!)).toEqual({ agrees: 0, differs: 2, silent: 1 });
	});

	it('positionsOf() gives a source’s position on each claim it was assessed for', () => {
		expect(positionsOf('s2', claims).map((x) => [x.claim.id, x.position.stance])).toEqual([
			['a', 'differs'],
			['b', 'differs'],
		]);
		expect(positionsOf('s9', claims)).toEqual([]);
	});

	it('matrixSources() orders by how many claims a source was assessed on, then publisher', () => {
		const sources = new Map([
			['s1', { publisher: 'Zeta' }],
			['s2', { publisher: 'Alpha' }],
			['s3', { publisher: 'Beta' }],
		]) as unknown as ReadonlyMap<string, Source>;
		// Each was assessed on two claims, so the publisher decides: Alpha, Beta, Zeta.
		expect(matrixSources(claims, sources)).toEqual(['s2', 's3', 's1']);
		expect(matrixSources(claims.slice(0, 1), sources)).toEqual(['s2', 's1']);
	});

	it('byDiscrepancy() puts the most contested claims first, keeping authored order on ties', () => {
		expect(byDiscrepancy(claims).map((c) => c.id)).toEqual(['b', 'a', 'c']);
	});
});
