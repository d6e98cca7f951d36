import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	bytesOf,
	linkedAssets,
	moduleGraph,
	moduleImports,
	pageWeight,
} from '../../support/page-weight.ts';

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
		expect(weight.lazyJs).toEqual({ raw: 0, gzip: 0 });
	});

	it('reads static and dynamic imports of built modules', () => {
		const code =
			'import{a}from"./a.js";import"./side.js";' +
			'const f=()=>__vitePreload(()=>import("./fuse.js"),[]);import("https://x.example/y.js")';
		expect(moduleImports(code)).toEqual({
			static: ['./a.js', './side.js'],
			dynamic: ['./fuse.js'],
		});
	});

	it('splits the module graph into what loads with the page and what loads on demand', () => {
		const code: Record<string, string> = {
			'/_astro/page.js': 'import"./shared.js";const l=()=>import("./lazy.js")',
			'/_astro/shared.js': 'export const s=1',
			'/_astro/lazy.js': 'import{s}from"./shared.js";import"./lib/fuse.js"',
			'/_astro/lib/fuse.js': 'import"../shared.js"',
		};
		const graph = moduleGraph(['/_astro/page.js'], (url) => code[url]!);
		expect(graph.eager.sort()).toEqual(['/_astro/page.js', '/_astro/shared.js']);
		expect(graph.lazy.sort()).toEqual(['/_astro/lazy.js', '/_astro/lib/fuse.js']);
	});

	it('counts a chunk as eager when one path imports it statically', () => {
		const code: Record<string, string> = {
			'/a.js': 'const l=()=>import("./b.js");import"./c.js"',
			'/b.js': '',
			'/c.js': 'import"./b.js"',
		};
		expect(moduleGraph(['/a.js'], (url) => code[url]!)).toEqual({
			eager: ['/a.js', '/b.js', '/c.js'],
			lazy: [],
		});
	});

	it('weighs on-demand JavaScript apart from what loads with the page', () => {
		const page = '<script type="module" src="/_astro/p.js"></script>';
		const files: Record<string, string> = {
			'/_astro/p.js': 'const l=()=>import("./q.js")',
			'/_astro/q.js': 'export const big="xxxxxxxxxxxxxxxx"',
		};
		const weight = pageWeight('/search/', page, (url) => Buffer.from(files[url]!));
		expect(weight.js.raw).toBe(files['/_astro/p.js']!.length);
		expect(weight.lazyJs.raw).toBe(files['/_astro/q.js']!.length);
	});
});
