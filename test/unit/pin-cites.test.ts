import { describe, expect, it } from 'vitest';
import { mdxQuotes } from '../../src/lib/content/mdx-references.ts';
import { pinCiteProblem, sectionPageProblem, textPinCites } from '../../src/lib/pin-cites.ts';

describe('pinCiteProblem()', () => {
	it('accepts the sub-section confirmed on the page', () => {
		expect(pinCiteProblem('3(a)', 34566)).toBeUndefined();
	});

	it('rejects a page cited for a whole section or another sub-section', () => {
		expect(pinCiteProblem('3', 34566)).toMatch(/§3 is not confirmed.*cite 91 FR 34565–34567/);
		expect(pinCiteProblem('3(b)(ii)', 34566)).toMatch(/not confirmed/);
		expect(pinCiteProblem(undefined, 34566)).toMatch(/no sub-section/);
	});

	it('rejects a page outside the document', () => {
		expect(pinCiteProblem('3(a)', 34570)).toMatch(/outside the order's range/);
	});
});

describe('sectionPageProblem()', () => {
	it('accepts a page on which a sub-section of the section is confirmed', () => {
		expect(sectionPageProblem(3, 34566)).toBeUndefined();
	});

	it('rejects a page no sub-section of the section is confirmed on', () => {
		expect(sectionPageProblem(2, 34566)).toMatch(/§2/);
		expect(sectionPageProblem(3, 34567)).toMatch(/§3/);
	});
});

describe('textPinCites()', () => {
	it('finds pages in prose with the sub-section named before them in the sentence', () => {
		expect(textPinCites('Earlier §2(d). Then §3(a), on page 34566, says so.')).toEqual([
			{ text: 'page 34566', page: 34566, sub: '3(a)' },
		]);
		expect(textPinCites('§3, 91 FR 34566')).toEqual([
			{ text: '91 FR 34566', page: 34566, sub: '3' },
		]);
	});

	it('skips the document citation and its range', () => {
		expect(textPinCites('Published at 91 FR 34565 and at 91 FR 34565–34567.')).toEqual([]);
	});

	it('reads "Section 3(a)" as naming the sub-section', () => {
		expect(textPinCites('Section 3(a) is on page 34566.')[0]?.sub).toBe('3(a)');
	});

	it('does not carry a sub-section over from an earlier sentence', () => {
		expect(textPinCites('See §3(a). It is on p. 34566.')).toEqual([
			{ text: 'p. 34566', page: 34566, sub: undefined },
		]);
	});
});

describe('mdxQuotes()', () => {
	it('reads sub, source, fr and the words of each Quote', () => {
		const body =
			'x\n<Quote sub="3(a)" source="s" fr={34566}>\n  a\n  b\n</Quote>\n<Quote sub="4" source="t">c</Quote>';
		expect(mdxQuotes(body)).toEqual([
			{ sub: '3(a)', source: 's', fr: 34566, text: 'a b', line: 2 },
			{ sub: '4', source: 't', fr: undefined, text: 'c', line: 6 },
		]);
	});
});
