/**
 * No page shows readers the site's plumbing: internal ids where a name belongs, file names, raw
 * network error codes, "seed article" jargon, or words run together. The feed-health page
 * (/news/feeds/) may name a network error code, but only inside each feed's collapsed "What the
 * aggregator reported" detail; its visible result is in words.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist.ts';
import { findLeaks, leaks, visibleText } from '../support/visible-text.ts';

const ROOT = join(import.meta.dirname, '../../content');
const fileIds = async (dir: string) =>
	(await readdir(join(ROOT, dir)))
		.filter((f) => f.endsWith('.json'))
		.map((f) => f.replace(/\.json$/, ''));
const listIds = async (file: string) =>
	(JSON.parse(await readFile(join(ROOT, file), 'utf8')) as Array<{ id: string }>).map((e) => e.id);

// Ids with a hyphen: a bare word such as "cisa" is also a name.
const ids = [
	...(await fileIds('milestones')),
	...(await listIds('claims/claims.json')),
	...(await listIds('sources/sources.json')),
	...(await listIds('events/events.json')),
].filter((id) => id.includes('-'));
const ALL = leaks(ids);
/** Rules a page is exempt from, by page, each for the reason given above. */
const EXEMPT: Record<string, ReadonlySet<string>> = {
	'news/feeds/index.html': new Set(['a raw network error code']),
};
const pages = (await readdir(DIST, { recursive: true })).filter((f) => f.endsWith('.html')).sort();

describe('human words only', () => {
	it('the rules catch what they are for', () => {
		const text = visibleText(
			'<p>Unnamed outlet (seed article 003)</p><p>see 3b-voluntary-framework</p><p>(ENOTFOUND)</p><p>June 2026.Open it; all 11requirements</p>',
		);
		expect(findLeaks(text, leaks(['3b-voluntary-framework'])).map((l) => l.split(':')[0])).toEqual([
			'jargon',
			'a raw network error code',
			'an internal id where a name belongs',
			'a sentence run into the next',
			'a number run into its noun',
		]);
		expect(
			findLeaks(
				visibleText('<a href="/milestones/3b-voluntary-framework/">§3(b) Voluntary framework</a>'),
				ALL,
			),
		).toEqual([]);
	});

	it(`no built page shows plumbing, in all ${pages.length} pages`, async () => {
		expect(pages.length).toBeGreaterThan(50);
		const problems: string[] = [];
		for (const file of pages) {
			const text = visibleText(await readFile(join(DIST, file), 'utf8'));
			const rules = ALL.filter((l) => !EXEMPT[file]?.has(l.what));
			for (const leak of findLeaks(text, rules)) problems.push(`${file}: ${leak}`);
		}
		expect(problems).toEqual([]);
	});
});
