import { describe, expect, it } from 'vitest';
import { formatReference, toBibtex, toCslJson } from '../../src/lib/cite.ts';
import type { Source } from '../../src/lib/schemas/source.ts';

const base: Source = {
	id: 'example-alert',
	title: 'Alert on 50% of AI & {cyber}',
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
});
