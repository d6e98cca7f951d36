import { defineConfig } from 'vitest/config';
import { unitTest } from './vitest.config.ts';
import { siteTest } from './vitest.config.site.ts';

/**
 * `npm run test:slow`: what the gate leaves out for time, run on a schedule and before deploy.
 * The unit tests 14 hours ahead of UTC; every page in the browser; Lighthouse on every template;
 * a build with thousands of synthetic news items; the other builds of broken content.
 */
export default defineConfig({
	test: {
		reporters: ['default', ['json', { outputFile: 'reports/slow.json' }]],
		projects: [
			{ test: { ...unitTest, name: 'unit Pacific/Kiritimati', env: { TZ: 'Pacific/Kiritimati' } } },
			{ test: { ...siteTest, name: 'slow site', include: ['test/slow/**/*.test.ts'] } },
		],
	},
});
