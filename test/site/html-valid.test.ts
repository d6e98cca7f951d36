/** Every built page passes html-validate's recommended rules (configured in .htmlvalidate.json). */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist.ts';

const pages = (await readdir(DIST, { recursive: true })).filter((f) => f.endsWith('.html')).sort();

describe('the HTML of every page', () => {
	it(`is valid, in all ${pages.length} pages`, async () => {
		const config = JSON.parse(
			await readFile(new URL('../../.htmlvalidate.json', import.meta.url), 'utf8'),
		);
		const validator = new HtmlValidate(config);
		const problems: string[] = [];
		for (const page of pages) {
			const report = await validator.validateFile(join(DIST, page));
			for (const result of report.results) {
				for (const m of result.messages)
					problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
			}
		}
		expect(problems).toEqual([]);
	});
});
