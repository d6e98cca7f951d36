import { describe, expect, it } from 'vitest';
import { capText, plainText } from '../../../src/lib/aggregator/normalize/text.ts';

describe('plainText() strips all markup', () => {
	it.each([
		['keeps the text of tags', '<p>safe <b>description</b></p>', 'safe description'],
		[
			'discards script contents',
			'safe<script>location.href="x"</script> description',
			'safe description',
		],
		[
			'discards style contents',
			'safe<style>b {color:red}</style> <b>description</b>',
			'safe description',
		],
		['discards noscript contents', 'a<noscript>enable JS</noscript> b', 'a b'],
		['discards iframe contents', 'a<iframe src="http://example.com/">x</iframe> b', 'a b'],
		['discards object contents', 'a<object data="x.swf">fallback</object> b', 'a b'],
		['discards template contents', 'a<template><p>hidden</p></template> b', 'a b'],
		['drops attributes and handlers', '<img src="x" onerror="alert(1)">caption', 'caption'],
		['drops comments', 'a<!-- <script>x</script> -->b', 'ab'],
		[
			'drops a meta refresh',
			'safe<meta http-equiv="Refresh" content="0; URL=http://example.com/"> text',
			'safe text',
		],
		['separates block elements', 'one<br>two<p>three</p><li>four</li>', 'one two three four'],
		[
			'drops CSS rules left as text',
			'Hello!\n.share a {\n  background: url(http://example.com/i.png);\n}\nBye',
			'Hello! Bye',
		],
		['keeps braces that are not CSS', 'Use {name} here', 'Use {name} here'],
	])('%s', (_, html, text) => {
		expect(plainText(html, 600)).toBe(text);
	});
});

describe('plainText() decodes entities exactly once', () => {
	it.each([
		['a numeric reference', 'It&#39;s', "It's"],
		['a named reference', 'Tom &amp; Jerry &quot;live&quot;', 'Tom & Jerry "live"'],
		['escaped markup, which becomes text', '&lt;b&gt;bold&lt;/b&gt; x', '<b>bold</b> x'],
		['a reference that was itself escaped once', 'It&amp;#39;s', 'It&#39;s'],
		['a non-breaking space, collapsed with its neighbours', 'a&nbsp; &nbsp;b', 'a b'],
	])('%s', (_, html, text) => {
		expect(plainText(html, 600)).toBe(text);
	});
});

describe('plainText() removes characters that disguise text', () => {
	it.each([
		['C0 controls', 'a\u0000b\u0007c\u001bd', 'abcd'],
		['C1 controls', 'a\u0080b\u009fc', 'abc'],
		['newlines and tabs, collapsed to one space', 'a\n\n\tb\r\nc', 'a b c'],
		['bidi embeddings and overrides', 'a\u202ab\u202bc\u202cd\u202ee\u202df', 'abcdef'],
		['bidi isolates', 'x\u2066y\u2067z\u2068w\u2069', 'xyzw'],
	])('%s', (_, input, text) => {
		expect(plainText(input, 600)).toBe(text);
	});

	it('keeps right-to-left letters and the marks that are not overrides', () => {
		expect(plainText('<b>پاکستان</b>\u200f اردو', 600)).toBe('پاکستان\u200f اردو');
	});

	it('normalizes to NFC', () => {
		expect(plainText('Cafe\u0301', 600)).toBe('Caf\u00e9');
	});
});

describe('capText()', () => {
	it.each([
		['keeps text within the cap', 'short', 10, 'short'],
		[
			'cuts at the last space past half, with an ellipsis',
			'one two three four five',
			12,
			'one two…',
		],
		['drops trailing punctuation before the ellipsis', 'Alpha, beta gamma', 13, 'Alpha, beta…'],
		['cuts inside a word when no space is near', 'abcdefghijklmnop', 8, 'abcdefg…'],
		['never splits a surrogate pair', `abcdef${'😀'.repeat(4)}`, 8, 'abcdef…'],
	])('%s', (_, text, max, capped) => {
		const result = capText(text, max);
		expect(result).toBe(capped);
		expect(result.length).toBeLessThanOrEqual(max);
	});

	it('is used by plainText() so titles and summaries stay within their cap', () => {
		const long = plainText(`<p>${'word '.repeat(200)}</p>`, 300);
		expect(long.length).toBeLessThanOrEqual(300);
		expect(long.endsWith('…')).toBe(true);
	});
});

describe('plainText() finishes on pathological input', () => {
	it.each([
		['a huge CSS-like block', `x{${'a '.repeat(100_000)}}`],
		['many unclosed braces', `p ${'{'.repeat(100_000)}`],
		['many declarations without an end', `a{${'b: c '.repeat(50_000)}}`],
		['many tag openers', '<'.repeat(100_000)],
		['deeply nested markup', '<div>'.repeat(20_000)],
	])('%s', (_, html) => {
		expect(plainText(html, 600).length).toBeLessThanOrEqual(600);
	});
});
