import { defineConfig } from 'vitest/config';
import type { InlineConfig } from 'vitest/node';

/**
 * Unit tests, in a time zone behind UTC so that any use of local time instead of UTC calendar days
 * fails. `npm run test:slow` runs them again 14 hours ahead of UTC (vitest.config.slow.ts).
 */
export const unitTest: InlineConfig = {
	include: ['test/unit/**/*.test.ts'],
	environment: 'node',
};

export default defineConfig({
	test: {
		...unitTest,
		name: 'unit America/Los_Angeles',
		env: { TZ: 'America/Los_Angeles' },
		reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
	},
});
