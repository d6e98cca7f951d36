import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bytesOf, linkedAssets, pageWeight } from '../../src/lib/bench/page-weight.ts';

describe('page weight', () => {
	const html =
		'<html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/f.svg"></head>' +
		'<body><script type="module" src="/_astro/b.js"></script></body></html>';

	it('finds linked stylesheets and scripts, not other links', () => {
		expect(linkedAssets(html)).toEqual({ css: ['/_astro/a.css'], js: ['/_astro/b.js'] });
	});

	it('counts HTML, CSS and JS bytes raw and gzipped', () => {
		const files: Record<string, string> = {
			'/_astro/a.css': 'body{color:red}',
			'/_astro/b.js': 'console.log(1)',
		};
		const weight = pageWeight('/', html, (url) => Buffer.from(files[url]!));
		expect(weight.html.raw).toBe(Buffer.byteLength(html));
		expect(weight.css).toEqual(bytesOf('body{color:red}'));
		expect(weight.js.raw).toBe(14);
		expect(weight.js.gzip).toBe(gzipSync('console.log(1)', { level: 9 }).byteLength);
	});

	it('weighs a page with no assets as HTML only', () => {
		const weight = pageWeight('/x/', '<p>hi</p>', () => {
			throw new Error('nothing to read');
		});
		expect(weight.css).toEqual({ raw: 0, gzip: 0 });
		expect(weight.js).toEqual({ raw: 0, gzip: 0 });
	});
});
