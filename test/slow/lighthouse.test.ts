import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { categoryScores, lostPoints } from '../support/lighthouse-summary.ts';
import { pagePath, representatives } from '../support/templates.ts';
import { DIST } from '../support/dist.ts';
import { startLighthouse, type Category, type LighthouseRunner } from '../support/lighthouse.ts';

// Lighthouse on the heaviest page of every template: accessibility, best practices and SEO must
// each score exactly 100. Performance depends on the machine's speed, so it is measured by the
// bench instead.
const GATED: Category[] = ['accessibility', 'best-practices', 'seo'];

const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.html'))
	.map((file) => ({ path: pagePath(file), bytes: statSync(join(DIST, file)).size }));
const chosen = representatives(pages);

let lighthouse: LighthouseRunner;
beforeAll(async () => {
	lighthouse = await startLighthouse();
});
afterAll(async () => {
	await lighthouse?.close();
});

it('covers every template the build produced', () => {
	expect(chosen.length).toBeGreaterThanOrEqual(20);
	expect(readFileSync(join(DIST, 'index.html'), 'utf8')).toContain('<html');
});

describe.each(chosen)('template $template.id ($path)', ({ template, path }) => {
	const target = `${path.slice(1)}${template.query ?? ''}`;
	it('scores 100 for accessibility, best practices and SEO', async () => {
		const lhr = await lighthouse.run(new URL(target, inject('baseUrl')).href, GATED);
		const scores = categoryScores(lhr);
		const lost = GATED.flatMap((c) => lostPoints(lhr, c).map((line) => `${c}: ${line}`));
		expect({ scores, lost }).toEqual({
			scores: { accessibility: 100, 'best-practices': 100, seo: 100 },
			lost: [],
		});
	});
});
