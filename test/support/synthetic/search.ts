/**
 * Seeded synthetic search records for the benchmark (10,000 by default), shaped like the real
 * ones. Every URL is under /synthetic/; nothing here reaches the site's content.
 */
import { seededRandom } from './feeds.ts';
import { RECORD_TYPES, type SearchRecord } from '../../../src/lib/search/record-types.ts';
import { TEXT_MAX } from '../../../src/lib/search/records.ts';

const VOCABULARY =
	'order section requirement agency treasury clearinghouse directive binding operational cybersecurity frontier model benchmark classified framework voluntary access release partners vulnerability patch scanning hiring workforce funding grant enforcement computer crime attorney general national security systems defense hardening civilian federal state local hospitals banks utilities developers industry congress hearing bill evaluation testing review deadline overdue delivered evidence report analysis'.split(
		' ',
	);

/** `count` records from `seed`: titles of 4–9 words, texts up to TEXT_MAX characters. */
export function syntheticRecords(count: number, seed: number): SearchRecord[] {
	const random = seededRandom(seed);
	const words = (n: number) =>
		Array.from({ length: n }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]).join(' ');
	return Array.from({ length: count }, (_, i) => {
		const type = RECORD_TYPES[i % RECORD_TYPES.length]!;
		const day = `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
		return {
			id: `synthetic-${i}`,
			type,
			title: `${words(4 + Math.floor(random() * 6))} ${i}`,
			text: words(30).slice(0, TEXT_MAX),
			date: random() < 0.7 ? day : null,
			url: `/synthetic/${i}/`,
			keywords: words(2),
		};
	});
}

/** Fifty realistic queries: single words, pairs, typos and a quoted phrase. */
export const BENCH_QUERIES: readonly string[] = [
	'clearinghouse',
	'clearinghuose',
	'frontier model',
	'frontier modle',
	'treasury',
	'treasry',
	'binding operational directive',
	'directive',
	'benchmark',
	'benchmrk',
	'classified benchmark',
	'voluntary framework',
	'framework',
	'access',
	'release partners',
	'vulnerability',
	'vulnerabilty patch',
	'hiring',
	'workforce',
	'funding grant',
	'enforcement',
	'computer crime',
	'attorney general',
	'national security systems',
	'defense',
	'hardening',
	'civilian federal',
	'hospitals',
	'banks',
	'utilities',
	'developers',
	'industry',
	'congress hearing',
	'bill',
	'evaluation',
	'testing',
	'review',
	'deadline',
	'overdue',
	'delivered',
	'evidence',
	'report',
	'analysis',
	'order',
	'section 2',
	'requirement',
	'agency',
	'cybersecurity',
	'"frontier model"',
	'scanning',
];

/** Queries with a typo, each with the spelling it stands for. */
export const TYPO_QUERIES: ReadonlyArray<readonly [typo: string, meant: string]> = [
	['clearinghuose', 'clearinghouse'],
	['frontier modle', 'frontier model'],
	['treasry', 'treasury'],
	['benchmrk', 'benchmark'],
	['vulnerabilty patch', 'vulnerability patch'],
];
