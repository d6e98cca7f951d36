import { describe, expect, it } from 'vitest';
import {
	byDiscrepancy,
	claimsAbout,
	matrixSources,
	positionsOf,
	requirementsOf,
	stanceCounts,
} from '../../src/lib/claims.ts';
import type { Claim } from '../../src/lib/schemas/claim.ts';
import type { Source } from '../../src/lib/schemas/source.ts';

const claim = (id: string, positions: Claim['positions'], requirements: string[] = []): Claim => ({
	id,
	short: id,
	question: `${id}?`,
	requirements,
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

describe('claims and requirements', () => {
	const tied = [
		claim('a', []),
		claim('c', [], ['3b-framework', '3a-benchmark']),
		claim('d', [], ['3b-framework']),
	];
	const requirements = [{ id: '2d-clearinghouse' }, { id: '3a-benchmark' }, { id: '3b-framework' }];

	it.each([
		['3b-framework', ['c', 'd']],
		['3a-benchmark', ['c']],
		['2d-clearinghouse', []],
	])('claimsAbout(%s) gives the claims that name it, in the claims’ order', (id, want) => {
		expect(claimsAbout(tied, id).map((c) => c.id)).toEqual(want);
	});

	it('requirementsOf() gives the named requirements in the site’s order, not the claim’s', () => {
		expect(requirementsOf(tied[1]!, requirements).map((r) => r.id)).toEqual([
			'3a-benchmark',
			'3b-framework',
		]);
		expect(requirementsOf(tied[0]!, requirements)).toEqual([]);
	});
});
