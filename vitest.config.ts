import { defineConfig } from 'vitest/config';

// Unit tests run twice, in a time zone behind UTC and in one 14 hours ahead, so that any use of
// local time instead of UTC calendar days fails in at least one of them.
const zones = ['America/Los_Angeles', 'Pacific/Kiritimati'];

export default defineConfig({
	test: {
		reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
		projects: zones.map((tz) => ({
			test: {
				name: `unit ${tz}`,
				include: ['test/unit/**/*.test.ts'],
				environment: 'node',
				env: { TZ: tz },
			},
		})),
	},
});
