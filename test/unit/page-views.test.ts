import { describe, expect, it } from 'vitest';
import {
	agencyPages,
	asOfPages,
	claimPages,
	milestonePages,
	sectionPages,
	sourcePages,
} from '../../src/lib/page-views.ts';
import { buildSite } from '../../src/lib/site-data.ts';
import { validContent } from './content-fixture.ts';

/** The fixture with a second section, a component body and a relayed source. */
function content() {
	const c = validContent();
	const section = c.order[0]!;
	c.order.push({ ...section, id: 'section-3', data: { ...section.data, section: 3 } });
	const agency = c.agencies[0]!;
	c.agencies.push({
		...agency,
		id: 'agency-b',
		data: { ...agency.data, id: 'agency-b', name: 'Agency B', parent: 'agency-a' },
	});
	const source = c.sources[0]!;
	c.sources.push({ ...source, id: 'src-b', data: { ...source.data, id: 'src-b', via: 'src-a' } });
	return c;
}

describe('page views', () => {
	const site = buildSite(content());

	it('gives each section page its neighbours, requirements and sources', () => {
		const pages = sectionPages(site);
		expect(pages.map((p) => [p.id, p.page.prev?.id, p.page.next?.id])).toEqual([
			['section-2', undefined, 'section-3'],
			['section-3', 'section-2', undefined],
		]);
		expect(pages[0]!.page.milestones.map((m) => m.id)).toEqual(['2a-example']);
		expect(pages[1]!.page.milestones).toEqual([]);
		expect(pages[0]!.page.sources.map((s) => s.id)).toContain('src-a');
	});

	it('gives each agency page its parent and components by name, and its requirements', () => {
		const byId = new Map(agencyPages(site, '2026-12-01').map((p) => [p.id, p.page]));
		expect(byId.get('agency-a')!.components).toEqual([{ id: 'agency-b', name: 'Agency B' }]);
		expect(byId.get('agency-b')!.parent).toEqual({ id: 'agency-a', name: 'Agency A' });
		expect(byId.get('agency-a')!.groups[0]![1].map((m) => m.id)).toEqual(['2a-example']);
		expect(byId.get('agency-a')!.feeds.map((f) => f.id)).toEqual([]);
	});

	it('gives each source page the source it was relayed through and the claims it is checked on', () => {
		const byId = new Map(sourcePages(site).map((p) => [p.id, p.page]));
		expect(byId.get('src-b')!.via?.id).toBe('src-a');
		expect(byId.get('src-a')!.via).toBeUndefined();
		expect(byId.get('src-a')!.positions.map((p) => p.claim.id)).toEqual(['claim-a']);
		expect(byId.get('src-b')!.positions).toEqual([]);
	});

	it('gives each requirement page its section, events, claims and sources, each source once', () => {
		const [only] = milestonePages(site, '2026-06-02', '2026-12-01');
		expect(only!.id).toBe('2a-example');
		expect(only!.page.section.id).toBe('section-2');
		expect(only!.page.related.map((e) => e.id)).toEqual(['event-a']);
		const ids = only!.page.sources.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(only!.page.history.length).toBeGreaterThan(0);
	});

	it('gives a claim page the requirements it names, or else those of its section', () => {
		const unnamed = claimPages(site, '2026-12-01')[0]!.page;
		expect(unnamed.named).toBe(false);
		expect(unnamed.requirements.map((m) => m.id)).toEqual(['2a-example']);
		expect(unnamed.positions.map((p) => [p.source, p.from.publisher])).toEqual([
			['src-a', 'Example Publisher'],
		]);
		const c = content();
		c.claims[0]!.data = {
			...c.claims[0]!.data,
			section: 'section-3',
			requirements: ['2a-example'],
		};
		const named = claimPages(buildSite(c), '2026-12-01')[0]!.page;
		expect(named.named).toBe(true);
		expect(named.requirements.map((m) => m.id)).toEqual(['2a-example']);
	});

	it('gives each past day its statuses as of that day', () => {
		const pages = asOfPages(site, '2026-06-02', '2026-12-01');
		expect(pages.length).toBeGreaterThan(0);
		for (const { date, page } of pages) {
			expect(page.date).toBe(date);
			expect(page.views.map((v) => v.id)).toEqual(['2a-example']);
		}
	});
});
