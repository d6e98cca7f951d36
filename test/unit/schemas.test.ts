import { describe, expect, it } from 'vitest';
import { agencySchema } from '../../src/lib/schemas/agency.ts';
import { claimSchema } from '../../src/lib/schemas/claim.ts';
import { eventSchema } from '../../src/lib/schemas/event.ts';
import { feedSchema } from '../../src/lib/schemas/feed.ts';
import { milestoneSchema } from '../../src/lib/schemas/milestone.ts';
import { newsItemSchema } from '../../src/lib/schemas/news.ts';
import { orderSectionSchema } from '../../src/lib/schemas/order.ts';
import { sourceSchema } from '../../src/lib/schemas/source.ts';
import { validContent } from './content-fixture.ts';

/** Issue paths and messages, e.g. `["lastChecked: must be a real calendar date written YYYY-MM-DD"]`. */
function issues(result: {
	success: boolean;
	error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}) {
	return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

const fixture = validContent();
const valid = {
	order: fixture.order[0]!.data,
	milestone: fixture.milestones[0]!.data,
	agency: fixture.agencies[0]!.data,
	source: fixture.sources[0]!.data,
	claim: fixture.claims[0]!.data,
	event: fixture.events[0]!.data,
	feed: fixture.feeds[0]!.data,
	news: fixture.news[0]!.data,
};

describe('every schema accepts the valid fixture', () => {
	it.each([
		['order', orderSectionSchema, valid.order],
		['milestone', milestoneSchema, valid.milestone],
		['agency', agencySchema, valid.agency],
		['source', sourceSchema, valid.source],
		['claim', claimSchema, valid.claim],
		['event', eventSchema, valid.event],
		['feed', feedSchema, valid.feed],
		['news', newsItemSchema, valid.news],
	] as const)('%s', (_name, schema, data) => {
		expect(issues(schema.safeParse(data))).toEqual([]);
	});
});

describe('schemas reject bad data, naming the field', () => {
	it('a date that is not a date', () => {
		const r = milestoneSchema.safeParse({ ...valid.milestone, lastChecked: '2026-02-30' });
		expect(issues(r)).toEqual(['lastChecked: must be a real calendar date written YYYY-MM-DD']);
	});

	it('a missing required field', () => {
		const { publisher: _omit, ...rest } = valid.source;
		expect(issues(sourceSchema.safeParse(rest))).toEqual([
			'publisher: Invalid input: expected string, received undefined',
		]);
	});

	it('a source with an exact title and its provenance, or a description, is valid', () => {
		const { title: _t, titleSource: _s, ...untitled } = valid.source;
		expect(issues(sourceSchema.safeParse(valid.source))).toEqual([]);
		expect(issues(sourceSchema.safeParse({ ...untitled, description: 'Our words' }))).toEqual([]);
	});

	it('a source with both a title and a description, or neither', () => {
		const { title: _t, titleSource: _s, ...untitled } = valid.source;
		const either =
			'title: give exactly one of `title` (an exact title) or `description` (our words)';
		expect(issues(sourceSchema.safeParse({ ...valid.source, description: 'Ours' }))).toEqual([
			either,
		]);
		expect(issues(sourceSchema.safeParse(untitled))).toEqual([either]);
	});

	it('an exact title without its provenance, or a provenance without a title', () => {
		const { titleSource: _s, ...unsourced } = valid.source;
		expect(issues(sourceSchema.safeParse(unsourced))).toEqual([
			'titleSource: is required with `title`: say where the exact title is recorded',
		]);
		const { title: _t, ...described } = { ...valid.source, description: 'Our words' };
		expect(issues(sourceSchema.safeParse(described))).toEqual([
			'titleSource: is only allowed with an exact `title`',
		]);
	});

	it('an unknown field (typos are not silently ignored)', () => {
		const r = agencySchema.safeParse({ ...valid.agency, parnet: 'x' });
		expect(issues(r)[0]).toMatch(/Unrecognized key.*parnet/);
	});

	it('an id that is not a slug', () => {
		expect(issues(eventSchema.safeParse({ ...valid.event, id: 'Event A' }))).toEqual([
			'id: must be lowercase letters, digits and single hyphens',
		]);
	});

	it('a non-http URL', () => {
		const r = sourceSchema.safeParse({ ...valid.source, url: 'javascript:alert(1)' });
		expect(issues(r)).toEqual(['url: must be an absolute http(s) URL']);
	});

	it('a deadline kind that does not exist', () => {
		const r = milestoneSchema.safeParse({ ...valid.milestone, deadline: { kind: 'soon' } });
		expect(issues(r)[0]).toMatch(/^deadline/);
	});

	it('a subsection that is not a citation', () => {
		const r = milestoneSchema.safeParse({ ...valid.milestone, subsection: 'two' });
		expect(issues(r)).toEqual(['subsection: must look like 2(c), 2(c)(iii) or 4']);
	});

	it('a claim position that differs without saying how', () => {
		const r = claimSchema.safeParse({
			...valid.claim,
			positions: [{ source: 'src-a', stance: 'differs' }],
		});
		expect(issues(r)).toEqual(['positions.0.says: is required when stance is "differs"']);
	});

	it('an order section number out of range', () => {
		expect(issues(orderSectionSchema.safeParse({ ...valid.order, section: 6 }))[0]).toMatch(
			/^section:/,
		);
	});
});
