/**
 * Every link in the built site works: each internal href or src points to a file in dist/, each
 * #fragment to an element with that id on the target page, and each external URL is a
 * well-formed http(s) (or mailto) address, with rel="noopener" where it opens a new tab.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist.ts';

const pages = (await readdir(DIST, { recursive: true })).filter((f) => f.endsWith('.html')).sort();

/** The dist file a site path is served from, or null. */
function fileFor(path: string): string | null {
	const clean = decodeURIComponent(path);
	const candidates = clean.endsWith('/')
		? [join(clean, 'index.html')]
		: [clean, join(clean, 'index.html')];
	for (const c of candidates) {
		const full = join(DIST, c);
		if (existsSync(full) && statSync(full).isFile()) return full;
	}
	return null;
}

const idCache = new Map<string, Set<string>>();
async function idsOf(file: string): Promise<Set<string>> {
	let ids = idCache.get(file);
	if (!ids) {
		const html = await readFile(file, 'utf8');
		ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
		idCache.set(file, ids);
	}
	return ids;
}

const decode = (value: string) =>
	value
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'");

describe('links in the built site', () => {
	it(`resolve, in all ${pages.length} pages`, async () => {
		const broken: string[] = [];
		for (const page of pages) {
			const html = await readFile(join(DIST, page), 'utf8');
			const pageUrl = new URL(`/${page.replace(/index\.html$/, '')}`, 'http://site.invalid');
			for (const m of html.matchAll(/<(a|link|script|img)\b[^>]*?\s(href|src)="([^"]*)"[^>]*>/g)) {
				const [tag, , , raw] = m;
				const value = decode(raw!);
				if (/^(https?:|mailto:)/.test(value)) {
					try {
						new URL(value);
					} catch {
						broken.push(`${page}: malformed URL ${value}`);
					}
					if (/target="_blank"/.test(tag) && !/rel="[^"]*noopener/.test(tag)) {
						broken.push(`${page}: ${value} opens a new tab without rel="noopener"`);
					}
					continue;
				}
				// A calendar offered for one-tap subscribing: its https twin must be a built .ics file.
				if (value.startsWith('webcal:')) {
					const path = new URL(value.replace(/^webcal:/, 'https:')).pathname;
					if (!path.endsWith('.ics') || !fileFor(path))
						broken.push(`${page}: ${value} → no calendar at ${path}`);
					continue;
				}
				if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
					broken.push(`${page}: unexpected scheme in ${value}`);
					continue;
				}
				const target = new URL(value, pageUrl);
				const file =
					target.pathname === pageUrl.pathname ? join(DIST, page) : fileFor(target.pathname);
				if (!file) {
					broken.push(`${page}: ${value} → no file for ${target.pathname}`);
					continue;
				}
				const fragment = decodeURIComponent(target.hash.slice(1));
				if (fragment && file.endsWith('.html') && !(await idsOf(file)).has(fragment)) {
					broken.push(`${page}: ${value} → no element with id "${fragment}"`);
				}
			}
		}
		expect(broken).toEqual([]);
	});
});
