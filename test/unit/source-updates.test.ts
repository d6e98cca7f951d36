import { describe, expect, it } from 'vitest';
import { sourceSchema, type Source } from '../../src/lib/schemas/source.ts';
import type { Site } from '../../src/lib/site-data.ts';
import { changeWeeks } from '../../src/lib/subscriptions/changes.ts';
import { sourceUpdates } from '../../src/lib/subscriptions/source-updates.ts';

const FIRST = '2026-11-23';
const AS_OF = '2026-12-07';

const source = (id: string, added: string, corrections: Source['corrections'] = []): Source =>
	sourceSchema.parse({
		id,
		description: `Synthetic source ${id}`,
		publisher: 'Example Outlet',
		short: 'Example',
		kind: 'news',
		url: `https://example.org/${id}`,
		tier: 'secondary',
		tierReason: 'Test.',
		summary: 'Test.',
		added,
		corrections,
	});

const requirement = (
	id: string,
	subsection: string,
	cites: { sources?: string[]; quote?: string; evidence?: string[] },
) =>
	({
		id,
		subsection,
		title: `Requirement ${id}`,
		lead: ['treasury'],
		consulted: ['cisa'],
		sources: cites.sources ?? ['src-start'],
		...(cites.quote ? { quote: { text: 'Words.', source: cites.quote } } : {}),
		evidence: (cites.evidence ?? []).map((s) => ({ date: '2026-07-02', sources: [s] })),
	}) as unknown as Site['milestones'][number];

const sources = [
	source('src-start', '2026-11-23'),
	source('src-start-2', '2026-11-20'),
	source('src-new', '2026-12-01'),
	source('src-loose', '2026-12-02'),
	source('src-fixed', '2026-11-23', [
		{ date: '2026-12-03', what: 'The link pointed to another article.' },
	]),
	source('src-later', '2026-12-09'),
];
const site = {
	sources: new Map(sources.map((s) => [s.id, s])),
	milestones: [
		requirement('2a-first', '2(a)', { evidence: ['src-new'] }),
		requirement('2b-second', '2(b)', { quote: 'src-new', evidence: ['src-fixed'] }),
	],
};

const rows = (first: string | null) =>
	sourceUpdates(site, first, AS_OF).map((u) => [u.kind, u.milestone, u.date.slice(0, 10), u.link]);

describe('sourceUpdates()', () => {
	it.each([
		[
			'the starting catalogue, as one update linking to the catalogue',
			['source', null, FIRST, '/sources/'],
		],
		[
			'a new source cited by two requirements, once under each (evidence)',
			['source', '2a-first', '2026-12-01', '/sources/src-new/'],
		],
		[
			'a new source cited by two requirements, once under each (quote)',
			['source', '2b-second', '2026-12-01', '/sources/src-new/'],
		],
		[
			'a new source no requirement cites, under none',
			['source', null, '2026-12-02', '/sources/src-loose/'],
		],
		[
			'a correction, under the requirement citing the source',
			['correction', '2b-second', '2026-12-03', '/sources/src-fixed/'],
		],
	])('lists %s', (_, row) => {
		expect(rows(FIRST)).toContainEqual(row);
	});

	it('lists exactly those, newest first, and nothing after the build date', () => {
		expect(rows(FIRST)).toEqual([
			['correction', '2b-second', '2026-12-03', '/sources/src-fixed/'],
			['source', null, '2026-12-02', '/sources/src-loose/'],
			['source', '2a-first', '2026-12-01', '/sources/src-new/'],
			['source', '2b-second', '2026-12-01', '/sources/src-new/'],
			['source', null, FIRST, '/sources/'],
		]);
	});

	it('says how many sources the starting catalogue holds (added on or before the first publication)', () => {
		const [catalogue] = sourceUpdates(site, FIRST, AS_OF).filter((u) => u.link === '/sources/');
		expect(catalogue!.title).toBe('3 sources catalogued at the tracker’s first publication');
	});

	it('names the source and the correction in the correction’s title', () => {
		const [fix] = sourceUpdates(site, FIRST, AS_OF).filter((u) => u.kind === 'correction');
		expect(fix!.title).toBe(
			'Synthetic source src-fixed (Example Outlet): The link pointed to another article.',
		);
	});

	it('lists every source one by one when the site has no first publication', () => {
		const added = rows(null).filter((r) => r[0] === 'source');
		expect(added.map((r) => r[3])).not.toContain('/sources/');
		expect(added).toContainEqual(['source', '2a-first', '2026-11-23', '/sources/src-start/']);
	});

	it('gives every update a unique GUID', () => {
		const guids = sourceUpdates(site, null, AS_OF).map((u) => u.guid);
		expect(new Set(guids).size).toBe(guids.length);
	});

	it('files them on /changes/ by week and requirement, as new and corrected sources', () => {
		const weeks = changeWeeks(sourceUpdates(site, FIRST, AS_OF), [
			{ id: '2a-first', subsection: '2(a)', title: 'First' },
			{ id: '2b-second', subsection: '2(b)', title: 'Second' },
		]);
		expect(weeks.map((w) => w.start)).toEqual(['2026-11-30', '2026-11-23']);
		const second = weeks[0]!.groups.find((g) => g.milestone === '2b-second')!;
		expect(second.entries.map((e) => [e.kind, e.day])).toEqual([
			['Corrected source', '2026-12-03'],
			['New source', '2026-12-01'],
		]);
	});
});

describe('source schema: added and corrections', () => {
	it.each([
		[[{ date: '2026-11-22', what: 'Fixed.' }], /before the day the source was added/],
		[
			[
				{ date: '2026-12-02', what: 'A.' },
				{ date: '2026-12-01', what: 'B.' },
			],
			/oldest first/,
		],
	])('refuses corrections %j', (corrections, message) => {
		expect(() => source('src-bad', '2026-11-23', corrections)).toThrow(message);
	});

	it('requires the day the source was added', () => {
		expect(() => source('src-bad', undefined as unknown as string)).toThrow(/added/);
	});
});
