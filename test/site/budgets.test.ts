import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../support/page-weight.ts';
import { overBudget, pagePath, templatesOf } from '../support/templates.ts';
import { DIST } from '../support/dist.ts';

// Every built page stays within its template's gzip byte budget (src/lib/bench/templates.ts):
// HTML, the stylesheet, the JavaScript that loads with it and what it fetches on demand. Bytes
// are deterministic, so unlike timings they are gated here.
const weights = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.html'))
	.sort()
	.map((file) =>
		pageWeight(pagePath(file), readFileSync(join(DIST, file), 'utf8'), (url) =>
			readFileSync(join(DIST, url)),
		),
	);

describe('page weight budgets', () => {
	it('weighs every page', () => {
		expect(weights.length).toBeGreaterThan(100);
	});

	it.each(weights)('$path is within its template budget', (weight) => {
		const [template] = templatesOf(weight.path);
		expect(template, `${weight.path} has a template`).toBeDefined();
		const gzip = {
			html: weight.html.gzip,
			css: weight.css.gzip,
			js: weight.js.gzip,
			lazyJs: weight.lazyJs.gzip,
		};
		expect(overBudget(gzip, template!.budget), `${weight.path} (${template!.id})`).toEqual([]);
	});
});
