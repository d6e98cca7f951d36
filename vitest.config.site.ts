import { defineConfig } from 'vitest/config';

// Tests of the built site in dist/: its files, a real browser over every page, and builds of
// deliberately broken content in temporary copies of the project.
export default defineConfig({
	test: {
		include: ['test/site/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['test/support/global-setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 180_000,
		env: { TZ: 'America/Los_Angeles' },
		reporters: ['default', ['json', { outputFile: 'reports/site.json' }]],
	},
});
