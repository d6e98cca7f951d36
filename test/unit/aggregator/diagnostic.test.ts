import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_MAX, safeDiagnostic } from '../../../src/lib/aggregator/diagnostic.ts';

describe('safeDiagnostic()', () => {
	it.each([
		['terminal colours', '\u001b[31mfailed\u001b[0m', 'failed'],
		['a cursor move and a bell', 'a\u001b[2Jb\u0007c', 'ab c'],
		['bidi overrides', 'x\u202eevil\u202c', 'x evil'],
		[
			'a local path',
			'cannot read /home/user/project/content/feeds/x.xml',
			'cannot read (a local path)',
		],
		['a file: URL', 'at file:///etc/passwd now', 'at (a local path) now'],
		['a Windows path', 'at C:\\Users\\me\\feed.xml', 'at (a local path)'],
		[
			'a web address, kept',
			'https://example.com/a/b/c: HTTP 500',
			'https://example.com/a/b/c: HTTP 500',
		],
		['nothing left', '\u001b[0m', 'unknown error'],
	])('removes %s', (_, message, expected) => {
		expect(safeDiagnostic(message)).toBe(expected);
	});

	it('caps the length with an ellipsis', () => {
		const text = safeDiagnostic('x'.repeat(10_000));
		expect(text).toHaveLength(DIAGNOSTIC_MAX);
		expect(text.endsWith('…')).toBe(true);
	});
});
