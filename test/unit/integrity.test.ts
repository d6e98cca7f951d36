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
			'a claim naming an unknown requirement',
			(c) => first(c.claims).data.requirements.push('9z-nothing'),
			{
				file: 'content/claims/claims.json',
				entry: 'claim-a',
				field: 'requirements[0]',
				value: '9z-nothing',
				message: 'unknown requirement',
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
		[
			'a claim pinning a whole section to a page confirmed only for a sub-section',
			(c) => (first(c.claims).data.frPage = 34566),
			{
				entry: 'claim-a',
				field: 'frPage',
				value: '34566',
				message: expect.stringMatching(/no sub-section/),
			},
		],
		[
			'a milestone quote pinned to a page not confirmed for its sub-section',
			(c) => (first(c.milestones).data.quote = { text: 'words', source: 'src-a', frPage: 34566 }),
			{
				field: 'quote.frPage',
				value: '34566',
				message: expect.stringMatching(/§2\(a\) is not confirmed/),
			},
		],
		[
			'an MDX Quote pinned to a page not confirmed for its sub-section',
			(c) => (first(c.order).body += '<Quote sub="2(d)" source="src-a" fr={34566}>w</Quote>\n'),
			{
				field: 'body line 2',
				value: '§2(d), 91 FR 34566',
				message: expect.stringMatching(/not confirmed/),
			},
		],
		[
			'a section listing a page none of its sub-sections is confirmed on',
			(c) => first(c.order).data.frPages.push(34566),
			{ field: 'frPages[0]', value: '34566', message: expect.stringMatching(/§2/) },
		],
		[
			'an event naming a page without the sub-section confirmed there',
			(c) => (first(c.events).data.summary = 'Section 3 is on page 34566, Example says.'),
			{ entry: 'event-a', field: 'summary', value: 'page 34566' },
		],
		[
			'a milestone quote that differs from the MDX quotation of the same sub-section',
			(c) => {
				first(c.order).body +=
					'<Quote sub="2(a)" source="src-a">prioritize the cyber defense of systems</Quote>\n';
				first(c.milestones).data.quote = {
					text: 'prioritize the defense of systems',
					source: 'src-a',
				};
			},
			{
				entry: '2a-example',
				field: 'quote.text',
				message: expect.stringMatching(/differs from the quotation of §2\(a\)/),
			},
		],
		[
			"a claim's answer quoting words not in the order's text",
			(c) => (first(c.claims).data.orderAnswer = 'It says "by the Director of NIST".'),
			{ entry: 'claim-a', field: 'orderAnswer', value: 'by the Director of NIST' },
		],
	];

	it('reports an event resting only on press reports that states its news as fact', () => {
		const content = validContent();
		first(content.events).data.summary = 'The framework was shown privately to companies.';
		expect(findProblems(content)).toMatchObject([
			{
				entry: 'event-a',
				field: 'title, summary',
				message: expect.stringMatching(
					/rests only on reporting \(src-a \(news\)\) but carries no hedge/,
				),
			},
		]);
	});

	it("accepts an event's specifics that it states and a cited source supports", () => {
		const content = validContent();
		first(content.sources).data.supports = ['$100M', 'Example Corp'];
		first(content.events).data.summary = 'Example Corp pledged $100M, according to Example.';
		first(content.events).data.specifics = ['$100M', 'Example Corp'];
		expect(findProblems(content)).toEqual([]);
	});

	it("reports an event's specifics that no cited source supports or that it does not state", () => {
		const content = validContent();
		first(content.sources).data.supports = ['Example Corp'];
		first(content.events).data.summary = 'Example Corp pledged $100M, according to Example.';
		first(content.events).data.specifics = ['$100M', '12 partners'];
		expect(findProblems(content)).toEqual([
			expect.objectContaining({
				file: 'content/events/events.json',
				entry: 'event-a',
				field: 'specifics[0]',
				value: '$100M',
				message: "is in no cited source's supports (src-a)",
			}),
			expect.objectContaining({
				field: 'specifics[1]',
				message: 'is not stated in the title or summary',
			}),
			expect.objectContaining({ field: 'specifics[1]', value: '12 partners' }),
		]);
	});

	it("reports an event's label that drops the hedge of an event resting only on press reports", () => {
		const content = validContent();
		first(content.events).data.label = 'Event';
		expect(findProblems(content)).toEqual([
			expect.objectContaining({
				entry: 'event-a',
				field: 'label',
				value: 'Event',
				message: expect.stringMatching(/rests on reporting only but carries no hedge/),
			}),
		]);
	});

	it('reports the unhedged label of a lead-grade event, even when a public record is cited', () => {
		const content = validContent();
		first(content.sources).data.kind = 'agency';
		first(content.events).data.confidence = 'lead';
		first(content.events).data.label = 'Event';
		expect(findProblems(content)).toContainEqual(
			expect.objectContaining({
				field: 'label',
				message: expect.stringMatching(/rests on a lead/),
			}),
		);
	});

	it.each([
		['an invented name', 'Event at Acme (reported)', 'Acme'],
		['an invented figure', 'Event of 40 firms (reported)', '40'],
		['an invented name as its first word', 'Acme event (reported)', 'Acme'],
		['a name only the summary states, not in specifics', 'Event by Example (reported)', 'Example'],
	])("reports an event's label with %s", (_, label, value) => {
		const content = validContent();
		first(content.events).data.label = label;
		expect(findProblems(content)).toEqual([
			expect.objectContaining({
				entry: 'event-a',
				field: 'label',
				value,
				message: 'is a name or figure the title does not state and `specifics` do not list',
			}),
		]);
	});

	it("accepts a label's names and figures that the title states or specifics list", () => {
		const content = validContent();
		first(content.sources).data.supports = ['$100M', 'Example Corp'];
		first(content.events).data.title = 'Event at the CISA office';
		first(content.events).data.summary = 'Example Corp pledged $100M, according to Example.';
		first(content.events).data.specifics = ['$100M', 'Example Corp'];
		first(content.events).data.label = 'CISA: Example Corp’s $100M (reported)';
		expect(findProblems(content)).toEqual([]);
	});

	it('reports two events of one day that share a label', () => {
		const content = validContent();
		const a = first(content.events);
		content.events = [a, { ...a, id: 'event-b', data: { ...a.data, id: 'event-b' } }];
		expect(findProblems(content)).toContainEqual(
			expect.objectContaining({
				entry: 'event-b',
				field: 'label',
				message: 'is also the label of event-a, on the same day',
			}),
		);
	});

	it('reports a milestone evidence note resting only on press reports that states news as fact', () => {
		const content = validContent();
		first(first(content.milestones).data.evidence).note = 'The agency finished the task.';
		expect(findProblems(content)).toMatchObject([
			{
				entry: '2a-example',
				field: 'evidence[0].note',
				message: expect.stringMatching(/no hedge/),
			},
		]);
	});

	it('accepts an unhedged event when a public record is among its sources', () => {
		const content = validContent();
		first(content.events).data.summary = 'The agency issued the directive.';
		first(content.sources).data.kind = 'agency';
		expect(findProblems(content)).toEqual([]);
	});

	it('accepts quotations of the order that agree, with ellipses', () => {
		const content = validContent();
		first(content.order).body +=
			'<Quote sub="2(a)" source="src-a">prioritize the cyber defense of systems</Quote>\n';
		first(content.milestones).data.quote = {
			text: 'prioritize the cyber … systems',
			source: 'src-a',
		};
		first(content.claims).data.orderAnswer = 'To "prioritize the cyber defense", not "testing".';
		expect(findProblems(content)).toEqual([]);
	});

	it('accepts a pin cite that names the sub-section confirmed on the page', () => {
		const content = validContent();
		Object.assign(first(content.claims).data, { subsection: '3(a)', frPage: 34566 });
		first(content.events).data.summary = 'Its §3(a), on page 34566, is quoted, Example says.';
		expect(findProblems(content)).toEqual([]);
	});

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
