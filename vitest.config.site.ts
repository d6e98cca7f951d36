import { defineConfig } from 'vitest/config';
import type { InlineConfig } from 'vitest/node';

/**
 * Tests of the built site: global setup builds it (hermetically, once), launches Chromium and
 * serves dist/; then its files, a real browser over one page per template, and two builds of
 * deliberately broken content. `npm run test:slow` (vitest.config.slow.ts) runs the rest.
 */
export const siteTest: InlineConfig = {
	environment: 'node',
	globalSetup: ['test/support/global-setup.ts'],
	testTimeout: 120_000,
	hookTimeout: 180_000,
	env: { TZ: 'America/Los_Angeles' },
};

export default defineConfig({
	test: {
		...siteTest,
		include: ['test/site/**/*.test.ts'],
		reporters: ['default', ['json', { outputFile: 'reports/site.json' }]],
	},
});
