/**
 * No dead ends: every kind of page leads on to what concerns it. Checked on the built HTML.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist.ts';

const page = (path: string) => readFile(join(DIST, path), 'utf8');
const section = (html: string, heading: string) => {
	const start = html.indexOf(heading);
	expect(start, heading).toBeGreaterThan(-1);
	return html.slice(start, html.indexOf('</section>', start));
};
const links = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
const tied = (
	JSON.parse(
		readFileSync(join(import.meta.dirname, '../../content/claims/claims.json'), 'utf8'),
	) as Array<{ id: string; requirements?: string[] }>
)
	.filter((c) => (c.requirements ?? []).length > 0)
	.map((c) => ({ claim: c.id, requirements: c.requirements! }));

describe('no dead ends', () => {
	it('an agency that leads nothing (CAISI) lists the events and claims that concern it', async () => {
		const html = section(await page('agencies/caisi/index.html'), 'Also concerning CAISI');
		expect(links(html).filter((l) => l.includes('/timeline/#')).length).toBeGreaterThan(0);
		expect(links(html)).toContain('/claims/caisi-mentioned/');
	});

	it('a claim about a subsection links that requirement, with its status', async () => {
		const html = await page('claims/covered-model-designation/index.html');
		const list = section(html, 'The requirement this claim is about');
		expect(links(list)).toEqual(['/milestones/3a-classified-benchmarking/']);
		expect(list).toMatch(/class="status status-/);
	});

	it.each(tied)(
		'claim $claim links exactly its requirements $requirements, each with its status, and each links back',
		async ({ claim, requirements }) => {
			const list = section(await page(`claims/${claim}/index.html`), 'this claim is about');
			const linked = links(list).map((l) => /^\/milestones\/([^/]+)\/$/.exec(l)?.[1]);
			expect([...linked].sort()).toEqual([...requirements].sort());
			expect(list.match(/class="status status-/g)).toHaveLength(requirements.length);
			for (const id of requirements) {
				const back = section(
					await page(`milestones/${id}/index.html`),
					'What sources say about it',
				);
				expect(links(back), id).toContain(`/claims/${claim}/`);
			}
		},
	);

	it('a source page lists the pages that cite it', async () => {
		const html = await page('sources/al-ice/index.html');
		const start = html.indexOf('Where this source is cited');
		const list = links(html.slice(start, html.indexOf('</ul>', start)));
		expect(list).toContain('/milestones/2a-cnss-nss-defense/');
		expect(list).toContain('/agencies/cnss/');
		expect(list.some((l) => l.startsWith('/claims/'))).toBe(true);
	});

	it.each(['milestones/3b-voluntary-framework/index.html', 'claims/caisi-mentioned/index.html'])(
		'%s carries "Cite this page" in three formats with the access date',
		async (path) => {
			const html = section(await page(path), 'Cite this page');
			expect(html).toContain('Accessed ');
			expect(html).toContain('urldate = {');
			expect(html).toContain('&quot;accessed&quot;');
		},
	);

	it('the 404 page offers milestones, the timeline and search', async () => {
		const found = links(await page('404.html'));
		for (const path of ['/milestones/', '/timeline/', '/search/']) expect(found).toContain(path);
	});

	it('the claims matrix names each column’s claim in visible text', async () => {
		const html = await page('claims/index.html');
		const head = html.slice(html.indexOf('<thead'), html.indexOf('</thead>'));
		const names = [...head.matchAll(/class="name">([^<]+)</g)].map((m) => m[1]);
		const columns = [...head.matchAll(/<th scope="col"/g)].length - 1;
		expect(columns).toBeGreaterThan(10);
		expect(names).toHaveLength(columns);
		expect(head).not.toMatch(/title="/);
	});
});
