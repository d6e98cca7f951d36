import { describe, expect, it } from 'vitest';
import {
	ContentIntegrityError,
	assertIntegrity,
	findProblems,
	type SiteContent,
} from '../../src/lib/content/integrity.ts';
import { validContent } from './content-fixture.ts';

function first<T>(list: readonly T[]): T {
	const item = list[0];
	if (item === undefined) throw new Error('fixture list is empty');
	return item;
}

describe('findProblems()', () => {
	it('finds nothing in consistent content', () => {
		expect(findProblems(validContent())).toEqual([]);
	});

	const cases: Array<[string, (c: SiteContent) => void, object]> = [
		[
			'a milestone naming an unknown agency',
			(c) => first(c.milestones).data.lead.push('agency-zz'),
			{
				file: 'content/milestones/2a-example.json',
				field: 'lead[1]',
				value: 'agency-zz',
				message: 'unknown agency',
			},
		],
		[
			'a milestone naming an unknown section',
			(c) => (first(c.milestones).data.section = 'section-9'),
			{
				file: 'content/milestones/2a-example.json',
				field: 'section',
				value: 'section-9',
				message: 'unknown order section',
			},
		],
		[
			'a milestone evidence entry citing an unknown source',
			(c) => first(first(c.milestones).data.evidence).sources.push('src-zz'),
			{ field: 'evidence[0].sources[1]', value: 'src-zz', message: 'unknown source' },
		],
		[
			'a claim citing an unknown source',
			(c) => first(c.claims).data.positions.push({ source: 'src-zz', stance: 'silent' }),
			{
				file: 'content/claims/claims.json',
				entry: 'claim-a',
				field: 'positions[1].source',
				value: 'src-zz',
			},
		],
		[
			'an event pointing to an unknown milestone',
			(c) => first(c.events).data.milestones.push('9z-nothing'),
			{
				file: 'content/events/events.json',
				entry: 'event-a',
				field: 'milestones[1]',
				value: '9z-nothing',
				message: 'unknown milestone',
			},
		],
		[
			'an event pointing to an unknown section',
			(c) => first(c.events).data.sections.push('section-7'),
			{ field: 'sections[1]', value: 'section-7', message: 'unknown order section' },
		],
		[
			'a news item from an unknown feed',
			(c) => (first(c.news).data.feed = 'feed-zz'),
			{ file: 'content/news/news.json', field: 'feed', value: 'feed-zz', message: 'unknown feed' },
		],
		[
			'an agency with an unknown parent',
			(c) => (first(c.agencies).data.parent = 'agency-zz'),
			{ field: 'parent', value: 'agency-zz', message: 'unknown agency' },
		],
		[
			'an MDX body citing an unknown source',
			(c) => (first(c.order).body += '\nMore <Cite ids="src-a src-zz" />.\n'),
			{
				file: 'content/order/section-2.mdx',
				field: 'body line 3',
				value: 'src-zz',
				message: 'unknown source',
			},
		],
		[
			'an MDX body linking an unknown term',
			(c) => (first(c.order).body += '<TermRef id="no-such-term">x</TermRef>'),
			{ field: 'body line 2', value: 'no-such-term', message: 'unknown term' },
		],
	];

	it.each(cases)('reports %s with its file, field and value', (_name, breakIt, expected) => {
		const content = validContent();
		breakIt(content);
		const problems = findProblems(content);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject(expected);
	});
});

describe('grades agree with the sources they rest on', () => {
	const source = (c: SiteContent) => first(c.sources).data;
	/** Adds a copy of src-a with the fields given. */
	const addSource = (c: SiteContent, patch: { id: string; tier?: 'lead' }) => {
		c.sources = [
			...c.sources,
			{ ...first(c.sources), id: patch.id, data: { ...source(c), ...patch } },
		];
	};
	/** Grades src-a primary, with the entries resting on it, read as `access` says. */
	const primary = (c: SiteContent, access: object) => {
		Object.assign(source(c), { tier: 'primary', ...access });
		first(c.events).data.confidence = 'primary';
		first(first(c.milestones).data.evidence).confidence = 'primary';
	};

	it.each<[string, (c: SiteContent) => void]>([
		['a primary source read through a stored copy', (c) => primary(c, { access: 'stored-copy' })],
		[
			'a primary source relayed verbatim by a named source',
			(c) => {
				addSource(c, { id: 'src-b' });
				primary(c, { access: 'relayed', via: 'src-b' });
			},
		],
		[
			'an entry graded by the best of several sources',
			(c) => {
				addSource(c, { id: 'src-b', tier: 'lead' });
				first(c.events).data.sources.push('src-b');
			},
		],
	])('accepts %s', (_name, setUp) => {
		const content = validContent();
		setUp(content);
		expect(findProblems(content)).toEqual([]);
	});

	const cases: Array<[string, (c: SiteContent) => void, object]> = [
		[
			'a primary source that was not read',
			(c) => primary(c, { access: 'not-read' }),
			{
				file: 'content/sources/sources.json',
				entry: 'src-a',
				field: 'tier',
				value: 'not-read, no via',
			},
		],
		[
			'a primary source the fact base only lists',
			(c) => primary(c, { access: 'listed' }),
			{ entry: 'src-a', field: 'tier', value: 'listed, no via' },
		],
		[
			'a primary source relayed by no named source',
			(c) => primary(c, { access: 'relayed' }),
			{ entry: 'src-a', field: 'tier', value: 'relayed, no via' },
		],
		[
			'an event graded higher than its best source',
			(c) => (first(c.events).data.confidence = 'primary'),
			{
				file: 'content/events/events.json',
				entry: 'event-a',
				field: 'confidence',
				value: 'primary',
				message: 'must equal the best grade among its sources, "secondary"; found',
			},
		],
		[
			'an evidence entry graded lower than its best source',
			(c) => (first(first(c.milestones).data.evidence).confidence = 'lead'),
			{
				file: 'content/milestones/2a-example.json',
				entry: '2a-example',
				field: 'evidence[0].confidence',
				value: 'lead',
			},
		],
	];

	it.each(cases)('reports %s with its file, field and value', (_name, breakIt, expected) => {
		const content = validContent();
		breakIt(content);
		const problems = findProblems(content);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject(expected);
	});
});

describe('assertIntegrity()', () => {
	it('throws one readable message listing every problem', () => {
		const content = validContent();
		first(content.milestones).data.lead = ['agency-x'];
		first(content.claims).data.positions[0]!.source = 'src-x';
		let thrown: unknown;
		try {
			assertIntegrity(content);
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(ContentIntegrityError);
		const message = (thrown as Error).message;
		expect(message).toContain('2 problems');
		expect(message).toContain(
			'content/milestones/2a-example.json (entry "2a-example"), field "lead[0]": unknown agency "agency-x"',
		);
		expect(message).toContain(
			'content/claims/claims.json (entry "claim-a"), field "positions[0].source": unknown source "src-x"',
		);
	});

	it('does not throw for consistent content', () => {
		expect(() => assertIntegrity(validContent())).not.toThrow();
	});
});
