import { describe, expect, it } from 'vitest';
import { normalizeText, quoteMatches, quotedSpans } from '../../src/lib/quotes.ts';

const SOURCE =
	'The NSA, the Cybersecurity and Infrastructure Security Agency (CISA) and NIST, the order said, must build a classified benchmark.';

describe('quoteMatches()', () => {
	it('accepts words quoted exactly, across line breaks and curly quotes', () => {
		expect(quoteMatches('the order\n said, must  build', SOURCE)).toBe(true);
		expect(quoteMatches('“it’s here”', 'He said "it\'s here" today.')).toBe(true);
	});

	it('accepts an ellipsis for words left out and a bracketed change', () => {
		expect(quoteMatches('The NSA … must build', SOURCE)).toBe(true);
		expect(quoteMatches('The NSA, [CISA] and NIST', SOURCE)).toBe(true);
		expect(quoteMatches('refuse[s] to stifle', 'it "refuse[s] to stifle" it')).toBe(true);
	});

	it('allows the first letter to change case', () => {
		expect(quoteMatches('the NSA', SOURCE)).toBe(true);
	});

	it('rejects a list shortened without a mark', () => {
		expect(quoteMatches('The NSA, CISA and NIST', SOURCE)).toBe(false);
	});

	it('rejects changed words and words out of order', () => {
		expect(quoteMatches('must create a classified benchmark', SOURCE)).toBe(false);
		expect(quoteMatches('NIST … The NSA', SOURCE)).toBe(false);
	});
});

describe('quotedSpans() and normalizeText()', () => {
	it('finds spans in straight and curly double quotes', () => {
		expect(quotedSpans('A "one" and “two” b.')).toEqual(['one', 'two']);
	});

	it('collapses whitespace and drops spaces before punctuation', () => {
		expect(normalizeText(' before public release .\n')).toBe('before public release.');
	});
});
