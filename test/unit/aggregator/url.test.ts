import { describe, expect, it } from 'vitest';
import { isTrackingParameter, safeUrl } from '../../../src/lib/aggregator/normalize/url.ts';

const FEED = 'https://example.com/news/feed.xml';

describe('safeUrl() resolves and cleans links', () => {
	it.each([
		['keeps an absolute https URL', 'https://example.org/a?b=1', null, 'https://example.org/a?b=1'],
		[
			'resolves a relative link against the feed URL',
			'/blog/post',
			null,
			'https://example.com/blog/post',
		],
		[
			'resolves a path-relative link against the feed URL',
			'post.html',
			null,
			'https://example.com/news/post.html',
		],
		[
			'resolves against an http(s) xml:base',
			'test.html',
			'http://example.org/dir/',
			'http://example.org/dir/test.html',
		],
		[
			'ignores a javascript: xml:base',
			'test.html',
			"javascript:alert('unsafe')",
			'https://example.com/news/test.html',
		],
		[
			'ignores a data: xml:base',
			'test.html',
			'data:text/html,x',
			'https://example.com/news/test.html',
		],
		[
			'lowercases the host and drops the default port',
			'HTTP://Example.ORG:80/Path',
			null,
			'http://example.org/Path',
		],
		['drops the default https port', 'https://example.org:443/', null, 'https://example.org/'],
		['keeps another port', 'https://example.org:8443/x', null, 'https://example.org:8443/x'],
		['drops credentials', 'https://user:secret@example.org/x', null, 'https://example.org/x'],
		['drops the fragment', 'https://example.org/x#comments', null, 'https://example.org/x'],
		[
			'percent-encodes a stray space',
			'https://example.org/vuln/CVE-2024- 29973',
			null,
			'https://example.org/vuln/CVE-2024-%2029973',
		],
		['trims surrounding whitespace', '  https://example.org/x \n', null, 'https://example.org/x'],
		[
			'removes tracking parameters and keeps the rest in order',
			'https://example.org/a?z=1&utm_source=rss&utm_MEDIUM=x&b=2&fbclid=abc&gclid=1&a=3&mc_eid=9',
			null,
			'https://example.org/a?z=1&b=2&a=3',
		],
		[
			'drops an emptied query entirely',
			'https://example.org/a?utm_campaign=x&_hsenc=y',
			null,
			'https://example.org/a',
		],
		[
			'keeps the encoding of kept parameters',
			'https://example.org/a?q=a%20b&x=%2F',
			null,
			'https://example.org/a?q=a%20b&x=%2F',
		],
	])('%s', (_, link, base, url) => {
		expect(safeUrl(link, base, FEED)).toBe(url);
	});
});

describe('safeUrl() refuses what is not a web page', () => {
	it.each([
		['javascript:', 'javascript:alert(1)'],
		['javascript: hidden by case and whitespace', ' JaVa\tScRiPt:alert(1)'],
		['data:', 'data:text/html;base64,PHNjcmlwdD4='],
		['vbscript:', 'vbscript:msgbox(1)'],
		['file:', 'file:///etc/passwd'],
		['mailto:', 'mailto:someone@example.com'],
		['an unparseable URL', 'http://exa mple.com:port/'],
		['a blank link', '   '],
	])('%s', (_, link) => {
		expect(safeUrl(link, null, FEED)).toBeNull();
	});
});

describe('isTrackingParameter()', () => {
	it.each([
		'utm_source',
		'UTM_Content',
		'fbclid',
		'gclid',
		'dclid',
		'msclkid',
		'mc_cid',
		'mc_eid',
		'igshid',
		'_hsenc',
		'_hsmi',
		'mkt_tok',
		'yclid',
		'ref_src',
	])('%s tracks', (name) => {
		expect(isTrackingParameter(name)).toBe(true);
	});
	it.each(['id', 'page', 'q', 'ref', 'utm', 'source'])('%s does not', (name) => {
		expect(isTrackingParameter(name)).toBe(false);
	});
});
