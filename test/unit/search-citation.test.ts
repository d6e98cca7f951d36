import { describe, expect, it } from 'vitest';
import {
	citeAncestors,
	citeForms,
	ORDER_CITE,
	parseCitation,
} from '../../src/lib/search/citation.ts';

describe('parseCitation()', () => {
	it.each([
		['§3(b)', '3(b)'],
		['§ 3 (b)', '3(b)'],
		['§§3(b)', '3(b)'],
		['sec. 2(c)(i)', '2(c)(i)'],
		['Sec 2(c)(ii)', '2(c)(ii)'],
		['section 3(b)', '3(b)'],
		['Section 3(B)', '3(b)'],
		['2(d)', '2(d)'],
		['2d', '2(d)'],
		['3(b)(ii)', '3(b)(ii)'],
		['2 (c) (iii)', '2(c)(iii)'],
		['§4', '4'],
		['section 1', '1'],
		['EO 14409', ORDER_CITE],
		['E.O. 14,409', ORDER_CITE],
		['eo14409', ORDER_CITE],
		['Executive Order No. 14409', ORDER_CITE],
		['14409', ORDER_CITE],
		['91 FR 34565', ORDER_CITE],
		['91 F.R. 34567', ORDER_CITE],
		['FR Doc. 2026-11415', ORDER_CITE],
		['91 FR 34566', '3(a)'],
	])('reads %s as %s', (query, key) => {
		expect(parseCitation(query)).toBe(key);
	});

	it.each(['3', '30 days', 'section', 'clearinghouse', '91 FR 12345', 'EO 14110', '§9(a)', ''])(
		'does not read %j as a citation',
		(query) => {
			expect(parseCitation(query)).toBeNull();
		},
	);

	it('lists a key and its broader keys, narrowest first', () => {
		expect(citeAncestors('3(b)(ii)')).toEqual(['3(b)(ii)', '3(b)', '3']);
		expect(citeAncestors('4')).toEqual(['4']);
		expect(citeAncestors(ORDER_CITE)).toEqual([ORDER_CITE]);
	});

	it('writes a section key as the text writes it', () => {
		expect(citeForms('2(d)')).toEqual(['2(d)']);
		expect(citeForms('4')).toEqual(['§4', 'section 4']);
	});
});
