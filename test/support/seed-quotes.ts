/**
 * Quotations attributed to seed clippings must match the clipping word for word. The clippings
 * live outside the project (../shared/seeds), so this runs in the unit tests, never in the build.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { quoteMatches, quotedSpans } from '../../src/lib/quotes.ts';
import type { ProseItem } from './own-prose.ts';

/** Source id of each seed clipping → the prefix of its file name in ../shared/seeds. */
export const SEED_FILES: Readonly<Record<string, string>> = {
	'seed-000': '000_',
	'seed-implicator': '001_',
	'seed-newspulse': '002_',
	'seed-003': '003_',
	'seed-infosecurity': '004_',
};

/** The seed clippings' text by source id, read from `dir`. */
export function readSeeds(dir: URL): Map<string, string> {
	if (!existsSync(dir)) throw new Error(`seed clippings not found at ${dir.pathname}`);
	const names = readdirSync(dir);
	const seeds = new Map<string, string>();
	for (const [id, prefix] of Object.entries(SEED_FILES)) {
		const name = names.find((n) => n.startsWith(prefix));
		if (!name) throw new Error(`no seed file ${prefix}* in ${dir.pathname} for source "${id}"`);
		seeds.set(id, readFileSync(new URL(name, dir), 'utf8'));
	}
	return seeds;
}

/** One quotation that does not match the clipping it is attributed to. */
export interface SeedQuoteProblem {
	file: string;
	entry: string;
	field: string;
	quote: string;
	sources: string[];
}

/**
 * Quotations in stretches attributed only to seed clippings (every cited source is a seed) that
 * match none of those clippings.
 */
export function seedQuoteProblems(
	items: readonly ProseItem[],
	seeds: ReadonlyMap<string, string>,
): SeedQuoteProblem[] {
	const problems: SeedQuoteProblem[] = [];
	for (const item of items) {
		if (item.sources.length === 0 || !item.sources.every((id) => seeds.has(id))) continue;
		for (const quote of quotedSpans(item.text)) {
			if (item.sources.some((id) => quoteMatches(quote, seeds.get(id) ?? ''))) continue;
			const { file, entry, field, sources } = item;
			problems.push({ file, entry, field, quote, sources });
		}
	}
	return problems;
}
