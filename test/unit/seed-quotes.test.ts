import { describe, expect, it } from 'vitest';
import { loadOwnProse, loadSources, type ProseItem } from '../support/own-prose.ts';
import { SEED_FILES, readSeeds, seedQuoteProblems } from '../support/seed-quotes.ts';

const seedsDir = new URL('../../../shared/seeds/', import.meta.url);

function item(text: string, sources: string[]): ProseItem {
	return { file: 'f', entry: 'e', field: 'says', text, sources, reported: true };
}

describe('seedQuoteProblems()', () => {
	const seeds = new Map([
		[
			'seed-x',
			'The NSA, the Cybersecurity and Infrastructure Security Agency (CISA) and NIST must build it.',
		],
	]);

	it('passes a quotation found word for word in the cited clipping', () => {
		expect(
			seedQuoteProblems([item('It says "the NSA … and NIST must build it".', ['seed-x'])], seeds),
		).toEqual([]);
	});

	it('reports a quotation whose list was shortened inside the quotation marks', () => {
		expect(
			seedQuoteProblems([item('"The NSA, CISA and NIST" must build it.', ['seed-x'])], seeds),
		).toEqual([
			{
				file: 'f',
				entry: 'e',
				field: 'says',
				quote: 'The NSA, CISA and NIST',
				sources: ['seed-x'],
			},
		]);
	});

	it('leaves stretches that also cite other sources to the other checks', () => {
		expect(seedQuoteProblems([item('"Not in the seed".', ['seed-x', 'other'])], seeds)).toEqual([]);
	});
});

describe('the real content', () => {
	it('names a seed file for every source held as a seed article', () => {
		const seedSources = loadSources()
			.filter((s) => s.access === 'seed-article')
			.map((s) => s.id);
		expect(seedSources.sort()).toEqual(Object.keys(SEED_FILES).sort());
	});

	it('lists as supported by a seed only specifics its clipping carries', () => {
		const seeds = readSeeds(seedsDir);
		const missing = loadSources()
			.filter((s) => seeds.has(s.id))
			.flatMap((s) =>
				(s.supports ?? []).filter((x) => !seeds.get(s.id)?.includes(x)).map((x) => `${s.id}: ${x}`),
			);
		expect(missing).toEqual([]);
	});

	it('quotes every seed clipping word for word', () => {
		expect(seedQuoteProblems(loadOwnProse(), readSeeds(seedsDir))).toEqual([]);
	});
});
