import { describe, expect, it } from 'vitest';
import { formatReference, toBibtex, toCslJson } from '../../src/lib/cite.ts';
import type { Source } from '../../src/lib/schemas/source.ts';
import { pageSource } from '../../src/lib/cite-page.ts';

const base: Source = {
	id: 'example-alert',
	title: 'Alert on 50% of AI & {cyber}',
	titleSource: 'Test fixture',
	publisher: 'Example & Partners',
	short: 'Example',
	kind: 'legal-analysis',
	date: '2026-06-03',
	datePrecision: 'day',
	url: 'https://example.com/alert',
	urlStatus: 'confirmed',
	tier: 'secondary',
	tierReason: 'Test.',
	summary: 'Test.',
	access: 'relayed',
	added: '2026-11-23',
	corrections: [],
};

describe('cite this source', () => {
	it('BibTeX: @misc keyed by id, specials escaped, date split, url kept', () => {
		expect(toBibtex(base)).toBe(
			[
				'@misc{example_alert,',
				'  title = {Alert on 50\\% of AI \\& \\{cyber\\}},',
				'  author = {Example \\& Partners},',
				'  year = 2026,',
				'  month = jun,',
				'  day = 3,',
				'  url = {https://example.com/alert}',
				'}',
			].join('\n'),
		);
	});

	it('leaves out what is unknown: no day for a month date, no url, no date', () => {
		const monthOnly = toBibtex({ ...base, datePrecision: 'month', url: undefined as never });
		expect(monthOnly).toContain('month = jun');
		expect(monthOnly).not.toMatch(/day =|url =/);
		const { date: _d, url: _u, ...undated } = base;
		expect(toBibtex(undated)).not.toMatch(/year =/);
	});

	it('CSL-JSON: type by kind, publisher as literal author, date parts by precision', () => {
		expect(toCslJson(base)).toEqual({
			id: 'example-alert',
			type: 'webpage',
			title: base.title,
			author: [{ literal: 'Example & Partners' }],
			publisher: 'Example & Partners',
			issued: { 'date-parts': [[2026, 6, 3]] },
			URL: 'https://example.com/alert',
		});
		const { date: _d, ...undated } = base;
		expect(toCslJson({ ...undated, kind: 'news' })).not.toHaveProperty('issued');
	});

	it('formatted reference reads as text', () => {
		expect(formatReference(base)).toBe(
			'Example & Partners. “Alert on 50% of AI & {cyber}.” June 3, 2026. https://example.com/alert',
		);
		const { date: _d, url: _u, ...bare } = base;
		expect(formatReference(bare)).toBe(
			'Example & Partners. “Alert on 50% of AI & {cyber}.” Undated.',
		);
	});

	describe('an exact title versus our description of an untitled work', () => {
		const titled: Source = { ...base, title: 'Exact Headline', titleSource: 'Test fixture' };
		const { title: _t, titleSource: _s, ...rest } = base;
		const described: Source = { ...rest, description: 'Client alert on the order' };

		it('Reference: the title in quotation marks, the description bare in square brackets', () => {
			expect(formatReference(titled)).toBe(
				'Example & Partners. “Exact Headline.” June 3, 2026. https://example.com/alert',
			);
			expect(formatReference(described)).toBe(
				'Example & Partners. [Client alert on the order]. June 3, 2026. https://example.com/alert',
			);
			expect(formatReference(described)).not.toMatch(/[“”"]/);
		});

		it('BibTeX: the title in `title`, the description in `note` and never in `title`', () => {
			expect(toBibtex(titled)).toContain('  title = {Exact Headline},');
			expect(toBibtex(titled)).not.toMatch(/note =/);
			expect(toBibtex(described)).not.toMatch(/title =/);
			expect(toBibtex(described)).toContain('  note = {Client alert on the order}');
			expect(toBibtex({ ...described, datePrecision: 'approximate' })).toContain(
				'  note = {Client alert on the order. Date approximate}',
			);
		});

		it('CSL-JSON: the title in `title`, the description in `note` with no `title`', () => {
			expect(toCslJson(titled)).toMatchObject({ title: 'Exact Headline' });
			expect(toCslJson(titled)).not.toHaveProperty('note');
			expect(toCslJson(described)).toMatchObject({ note: 'Client alert on the order' });
			expect(toCslJson(described)).not.toHaveProperty('title');
		});
	});
});

describe('citing one of the tracker’s own pages', () => {
	const page = pageSource(
		'claim-x',
		'Who forms the clearinghouse?',
		'https://example.org/claims/x/',
		'2026-12-07',
	);

	it('gives the build date as the access date in all three formats', () => {
		expect(formatReference(page, '2026-12-07')).toBe(
			'EO 14409 Tracker. “Who forms the clearinghouse?” December 7, 2026. https://example.org/claims/x/ Accessed December 7, 2026.',
		);
		expect(toBibtex(page, '2026-12-07')).toContain('  urldate = {2026-12-07}');
		expect(toBibtex(page, '2026-12-07')).toMatch(/^@misc\{eo14409_tracker_claim_x,/);
		expect(toCslJson(page, '2026-12-07')).toMatchObject({
			id: 'eo14409-tracker-claim-x',
			URL: 'https://example.org/claims/x/',
			accessed: { 'date-parts': [[2026, 12, 7]] },
		});
	});

	it('leaves the access date out when none is given', () => {
		expect(formatReference(page)).not.toContain('Accessed');
		expect(toBibtex(page)).not.toContain('urldate');
		expect(toCslJson(page)).not.toHaveProperty('accessed');
	});
});
