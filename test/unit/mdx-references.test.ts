import { describe, expect, it } from 'vitest';
import { mdxReferences } from '../../src/lib/content/mdx-references.ts';

describe('mdxReferences()', () => {
	it('collects source ids from Cite and Quote, and term ids from TermRef, with line numbers', () => {
		const body = [
			'## In brief',
			'Text <Cite ids="a  b" /> more.',
			'<Quote sub="3(c)" source="c" fr="34566">',
			'words',
			'</Quote>',
			'A <TermRef id="t1">term</TermRef>.',
		].join('\n');
		expect(mdxReferences(body)).toEqual({
			sources: [
				{ id: 'a', line: 2 },
				{ id: 'b', line: 2 },
				{ id: 'c', line: 3 },
			],
			terms: [{ id: 't1', line: 6 }],
		});
	});

	it('ignores attributes of other components and other attributes', () => {
		expect(
			mdxReferences('<Other ids="x" /> <Quote sub="2(d)" fr="1" source="y">q</Quote>'),
		).toEqual({
			sources: [{ id: 'y', line: 1 }],
			terms: [],
		});
	});
});
