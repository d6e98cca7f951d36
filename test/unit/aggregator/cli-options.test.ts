import { describe, expect, it } from 'vitest';
import {
	DEFAULT_OPTIONS,
	parseCliOptions,
	UsageError,
} from '../../../scripts/lib/feeds-options.ts';

const clock = () => new Date('2026-11-23T12:00:00Z');

describe('parseCliOptions()', () => {
	it('uses the defaults and the clock when given nothing', () => {
		const o = parseCliOptions([], clock);
		expect(o).toMatchObject({ ...DEFAULT_OPTIONS, offline: false, json: false, strict: false });
		expect(o.now.toISOString()).toBe('2026-11-23T12:00:00.000Z');
	});

	it('reads every option, with separate or inline values', () => {
		const o = parseCliOptions(
			[
				'--config',
				'a.json',
				'--store=b.json',
				'--state',
				'c.json',
				'--offline',
				'--now',
				'2026-06-02T00:00:00Z',
				'--concurrency',
				'16',
				'--timeout=500',
				'--deadline',
				'30000',
				'--json',
				'--strict',
			],
			clock,
		);
		expect(o).toMatchObject({
			config: 'a.json',
			store: 'b.json',
			state: 'c.json',
			offline: true,
			concurrency: 16,
			timeoutMs: 500,
			deadlineMs: 30_000,
			json: true,
			strict: true,
		});
		expect(o.now.toISOString()).toBe('2026-06-02T00:00:00.000Z');
	});

	it.each([
		[['--bogus'], /unknown option "--bogus"/],
		[['--concurrency', '0'], /--concurrency needs a positive whole number, got "0"/],
		[['--timeout', 'soon'], /--timeout needs a positive whole number/],
		[['--now', 'yesterday'], /--now needs an ISO 8601 date/],
		[['--store'], /--store needs a value/],
		[['--config', '--json'], /--config needs a value/],
	])('refuses %j with a message naming the flag', (argv, message) => {
		expect(() => parseCliOptions(argv, clock)).toThrow(UsageError);
		expect(() => parseCliOptions(argv, clock)).toThrow(message);
	});
});
