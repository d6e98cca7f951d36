import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { pagePath, representatives } from '../support/templates.ts';
import { DIST } from '../support/dist.ts';
import { definePageChecks } from '../support/page-suite.ts';

// The heaviest page of each template, in a real browser: the gate's stand-in for checking every
// page, which `npm run test:slow` does. The 404 template is checked as a missing page.
const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.html'))
	.map((file) => ({ path: pagePath(file), bytes: statSync(join(DIST, file)).size }));
const chosen = representatives(pages).filter(({ template }) => template.id !== 'not-found');

it('checks a page of every template but the 404 page', () => {
	expect(chosen.length).toBeGreaterThanOrEqual(20);
});

definePageChecks(
	chosen.map(({ template, path }) => `${path}${template.query ?? ''}`),
	{ thorough: true },
);
