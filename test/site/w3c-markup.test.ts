/**
 * What the W3C Nu Html Checker rejects and html-validate lets through, checked on every built
 * page: a `<pre>` given a name (`aria-labelledby`), a script after the document's end, and raw
 * square brackets in a link's address.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist.ts';

const RULES: Array<[string, RegExp]> = [
	['a named <pre>', /<pre\b[^>]*\baria-label(ledby)?=/],
	['a script after </html>', /<\/html>\s*<script/],
	['raw [ or ] in an href', /href="[^"]*[[\]][^"]*"/],
];
const pages = (await readdir(DIST, { recursive: true })).filter((f) => f.endsWith('.html')).sort();

describe('markup the W3C checker rejects', () => {
	it(`appears on none of the ${pages.length} pages`, async () => {
		expect(pages.length).toBeGreaterThan(50);
		const problems: string[] = [];
		for (const file of pages) {
			const html = await readFile(join(DIST, file), 'utf8');
			for (const [what, pattern] of RULES) {
				if (pattern.test(html)) problems.push(`${file}: ${what}`);
			}
		}
		expect(problems).toEqual([]);
	});
});
