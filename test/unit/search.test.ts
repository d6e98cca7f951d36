import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { mergeRanges, segments, snippet } from '../../src/lib/search/highlight.ts';
import { FUSE_OPTIONS, parseQuery, runSearch, SEARCH_KEYS } from '../../src/lib/search/query.ts';
import type { SearchRecord } from '../../src/lib/search/record-types.ts';
import { headingsOf, plainMarkdown } from '../../src/lib/search/records.ts';

const record = (
	id: string,
	type: SearchRecord['type'],
	title: string,
	text: string,
	date: string | null = null,
): SearchRecord => ({
	id,
	type,
	title,
	text,
	date,
	url: `/${type}/${id}/`,
	keywords: '',
});

const RECORDS = [
	record(
		'section-2',
		'section',
		'Section 2: Upgrading American Systems for Advanced AI',
		'Thirty-day tasks for CNSS, War, CISA, Treasury and OMB; sixty days for OPM.',
	),
	record(
		'section-2#clearinghouse',
		'section',
		'§2 Systems: The AI cybersecurity clearinghouse',
		'Treasury forms an AI cybersecurity clearinghouse with industry and critical infrastructure.',
	),
	record(
		'2d',
		'milestone',
		'§2(d) Form an AI cybersecurity clearinghouse',
		'Treasury forms the clearinghouse within 30 days.',
	),
	record(
		'section-3',
		'section',
		'Section 3: Secure Frontier Model Deployment',
		'A classified benchmark decides which AI models are covered frontier models.',
		null,
	),
	record(
		'gold-eagle',
		'event',
		'White House announces GOLD EAGLE',
		'The clearinghouse is launched under the name GOLD EAGLE.',
		'2026-07-14',
	),
	record(
		'bod',
		'event',
		'CISA issues BOD 26-04',
		'A binding operational directive on security updates.',
		'2026-06-10',
	),
	record(
		'src-1',
		'source',
		'Analysis of the frontier model framework',
		'A law firm reads the voluntary framework.',
		'2026-06-05',
	),
];
const index = (records: SearchRecord[]) =>
	new Fuse(
		records,
		FUSE_OPTIONS,
		Fuse.parseIndex(
			JSON.parse(
				JSON.stringify(
					Fuse.createIndex(
						SEARCH_KEYS.map((k) => ({ ...k })),
						records,
					).toJSON(),
				),
			),
		),
	);
const fuse = index(RECORDS);

describe('parseQuery()', () => {
	it.each([
		['clearinghouse', { words: ['clearinghouse'], phrases: [] }],
		['  frontier   model ', { words: ['frontier', 'model'], phrases: [] }],
		['"covered frontier model" nsa', { words: ['nsa'], phrases: ['covered frontier model'] }],
		['“curly quotes” work', { words: ['work'], phrases: ['curly quotes'] }],
		['"unclosed phrase', { words: [], phrases: ['unclosed phrase'] }],
	])('parseQuery(%j)', (q, expected) => {
		expect(parseQuery(q)).toEqual(expected);
	});
});

describe('runSearch()', () => {
	it('ranks the clearinghouse records first for "clearinghouse", titles before passing mentions', () => {
		const ids = runSearch(fuse, RECORDS, 'clearinghouse').hits.map((h) => h.record.id);
		expect(ids.slice(0, 2).sort()).toEqual(['2d', 'section-2#clearinghouse']);
		expect(ids).toContain('gold-eagle');
		expect(ids).not.toContain('bod');
	});

	it.each(['clearinghuose', 'clearinghose', 'frontier modle', 'gold eagl'])(
		'forgives the typo in %j',
		(q) => {
			expect(runSearch(fuse, RECORDS, q).total).toBeGreaterThan(0);
		},
	);

	it('finds the typo query "clearinghuose" with the same top result as the correct spelling', () => {
		expect(runSearch(fuse, RECORDS, 'clearinghuose').hits[0]!.record.type).toBe(
			runSearch(fuse, RECORDS, 'clearinghouse').hits[0]!.record.type,
		);
	});

	it('requires every word: "frontier benchmark" finds section 3 and not the framework analysis', () => {
		const ids = runSearch(fuse, RECORDS, 'frontier benchmark').hits.map((h) => h.record.id);
		expect(ids).toContain('section-3');
		expect(ids).not.toContain('src-1');
	});

	it('keeps only records containing a quoted phrase as written, and highlights it', () => {
		const outcome = runSearch(fuse, RECORDS, '"covered frontier models"');
		expect(outcome.hits.map((h) => h.record.id)).toEqual(['section-3']);
		const text = outcome.hits[0]!.record.text;
		const [[a, b]] = outcome.hits[0]!.text as [[number, number]];
		expect(text.slice(a, b + 1).toLowerCase()).toBe('covered frontier models');
	});

	it('counts every type but lists only the chosen one', () => {
		const all = runSearch(fuse, RECORDS, 'clearinghouse');
		const events = runSearch(fuse, RECORDS, 'clearinghouse', { type: 'event' });
		expect(events.counts).toEqual(all.counts);
		expect(events.hits.every((h) => h.record.type === 'event')).toBe(true);
		expect(events.hits.length).toBe(all.counts.event);
	});

	it('sorts by date, newest first, undated last', () => {
		const dates = runSearch(fuse, RECORDS, 'clearinghouse', { sort: 'date' }).hits.map(
			(h) => h.record.date,
		);
		expect(dates[0]).toBe('2026-07-14');
		expect(dates.at(-1)).toBeNull();
	});

	it('returns nothing for an empty query or one of only spaces and quotes', () => {
		expect(runSearch(fuse, RECORDS, '   ').total).toBe(0);
		expect(runSearch(fuse, RECORDS, '""').total).toBe(0);
	});
});

describe('highlighting', () => {
	it('merges overlapping ranges and drops one-letter matches', () => {
		expect(
			mergeRanges(
				[
					[5, 8],
					[0, 2],
					[7, 10],
					[20, 20],
				],
				30,
			),
		).toEqual([
			[0, 2],
			[5, 10],
		]);
	});

	it('marks the matched parts and keeps markup in the text as text', () => {
		expect(segments('<b>GOLD</b> EAGLE', [[12, 16]])).toEqual([
			{ text: '<b>GOLD</b> ', mark: false },
			{ text: 'EAGLE', mark: true },
		]);
	});

	it('cuts a long text around the first match, on word boundaries, with ellipses', () => {
		const text = `${'word '.repeat(60)}clearinghouse ${'more '.repeat(60)}`.trim();
		const start = text.indexOf('clearinghouse');
		const parts = snippet(text, [[start, start + 12]], 100);
		expect(parts[0]).toEqual({ text: '…', mark: false });
		expect(parts.at(-1)).toEqual({ text: '…', mark: false });
		expect(parts.find((p) => p.mark)?.text).toBe('clearinghouse');
		expect(parts.map((p) => p.text).join('').length).toBeLessThanOrEqual(102);
	});
});

describe('records from MDX', () => {
	it('plainMarkdown() drops components, expressions, links and emphasis', () => {
		expect(plainMarkdown('A *bold* [link](https://example.com) <Cite ids="x" /> {1 + 1} end')).toBe(
			'A bold link end',
		);
	});

	it('headingsOf() gives each heading the anchor the page renders, and the text below it', () => {
		const body =
			'## In brief\nFirst part.\n\n## In the order’s words\nSecond <Cite ids="a" />.\n### In brief\nThird.';
		expect(headingsOf(body)).toEqual([
			{ heading: 'In brief', anchor: 'in-brief', text: 'First part.' },
			{ heading: 'In the order’s words', anchor: 'in-the-orders-words', text: 'Second .' },
			{ heading: 'In brief', anchor: 'in-brief-1', text: 'Third.' },
		]);
	});
});

describe('runSearch() ranking across types', () => {
	it('puts the requirement and the order text before sources that only repeat the word', () => {
		const records = [
			record('src-a', 'source', 'Article on the clearinghouse', 'Describes the clearinghouse.'),
			record(
				'2d',
				'milestone',
				'§2(d) Treasury forms an AI cybersecurity clearinghouse',
				'Treasury forms the clearinghouse with industry within 30 days.',
			),
			record('news-a', 'news', 'Clearinghouse news', 'The clearinghouse again.'),
		];
		expect(runSearch(index(records), records, 'clearinghouse').hits[0]!.record.id).toBe('2d');
	});
});
