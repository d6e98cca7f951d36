import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { moduleGraph } from '../support/page-weight.ts';
import { DIST, sitemapPaths } from '../support/dist.ts';

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => relative(DIST, join(e.parentPath, e.name)));
}

let paths: string[];
let files: string[];
beforeAll(async () => {
	paths = await sitemapPaths();
	files = await htmlFiles(DIST);
});

describe('the built site', () => {
	it('has a sitemap listing the home page, the order overview and one page per section', () => {
		expect(paths).toContain('/');
		expect(paths).toContain('/order/');
		for (const n of [1, 2, 3, 4, 5]) expect(paths).toContain(`/order/section-${n}/`);
	});

	it('has a file in dist/ for every URL in the sitemap', async () => {
		for (const path of paths) {
			expect(files, path).toContain(join(path.slice(1), 'index.html'));
		}
	});

	it('lists every built page in the sitemap, except the 404 page', () => {
		const pages = files
			.filter((f) => f !== '404.html')
			.map((f) => `/${f.replace(/index\.html$/, '')}`);
		expect(pages.sort()).toEqual(paths);
	});

	it('has a 404 page and a robots.txt that points to the sitemap', async () => {
		expect(files).toContain('404.html');
		const robots = await readFile(join(DIST, 'robots.txt'), 'utf8');
		expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
	});

	it('ships JavaScript only on pages with interactive parts, as external modules', async () => {
		// Filterable catalogues, the timeline, search, the copy buttons (citations, feed URLs) and the
		// "status on another day" form (home and milestones only) and the "changes after a date"
		// filter are the scripted parts.
		const scripted = (file: string) =>
			/^(index|milestones\/(.+\/)?index|timeline\/index|search\/index|subscribe\/index|changes\/index|sources\/(.+\/)?index|claims\/[^/]+\/index)\.html$/.test(
				file,
			);
		// News listings are filterable when they have items, and plain text when they have none.
		const scriptedIfItems = (file: string) =>
			/^news\/((\d+|topics\/[^/]+)\/)?index\.html$/.test(file);
		const used = new Set<string>();
		for (const file of files) {
			const html = await readFile(join(DIST, file), 'utf8');
			// JSON data blocks are not executed: they are not scripts for this purpose.
			const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)]
				.map((m) => m[1] ?? '')
				.filter((attrs) => !/type="application\/json"/.test(attrs));
			if (scriptedIfItems(file)) {
				expect(scripts.length > 0, file).toBe(html.includes('<filter-table'));
			} else if (!scripted(file)) {
				expect(scripts, file).toEqual([]);
				continue;
			} else {
				expect(scripts.length, file).toBeGreaterThan(0);
			}
			for (const attrs of scripts) {
				expect(attrs, `${file}: scripts are external modules`).toMatch(/type="module"/);
				const src = /src="([^"]+)"/.exec(attrs)?.[1];
				expect(src, `${file}: no inline script`).toBeDefined();
				used.add(src!.replace(/^\//, ''));
			}
		}
		// Every script file is a page's entry module or a chunk such a module imports, statically
		// or on demand (search loads Fuse when first used).
		const graph = moduleGraph(
			[...used].map((file) => `/${file}`),
			(url) => readFileSync(join(DIST, url), 'utf8'),
		);
		const reachable = [...graph.eager, ...graph.lazy].map((url) => url.slice(1));
		const all = await readdir(DIST, { recursive: true });
		expect(all.filter((f) => f.endsWith('.js')).sort()).toEqual(reachable.sort());
	});

	it('contains no synthetic test data and no font downloads', async () => {
		for (const file of files) {
			const html = await readFile(join(DIST, file), 'utf8');
			expect(html, file).not.toMatch(/example\.(com|org)/);
			expect(html, file).not.toMatch(/@font-face|fonts\.googleapis/);
		}
	});

	it('sets a strict Content-Security-Policy on every page, and the same in _headers', async () => {
		for (const file of files) {
			const html = await readFile(join(DIST, file), 'utf8');
			const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
			expect(policy, file).toBeDefined();
			for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'"]) {
				expect(policy, file).toContain(directive);
			}
			expect(policy, file).toMatch(/script-src 'self'/);
			expect(policy, file).not.toMatch(/unsafe-inline|unsafe-eval/);
			expect(html, file).not.toMatch(/\son[a-z]+="|href="javascript:/i);
		}
		const headers = await readFile(join(DIST, '_headers'), 'utf8');
		for (const line of [
			"Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'",
			'X-Content-Type-Options: nosniff',
			'Referrer-Policy:',
			'Permissions-Policy:',
		]) {
			expect(headers).toContain(line);
		}
	});
});
