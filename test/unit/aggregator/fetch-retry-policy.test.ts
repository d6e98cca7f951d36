import { describe, expect, it } from 'vitest';
import {
	backoffDelay,
	defaultSleep,
	parseRetryAfter,
	sleepUnlessAborted,
} from '../../../src/lib/aggregator/fetch/retry.ts';
import { bodyEncoding } from '../../../src/lib/aggregator/fetch/content-encoding.ts';

describe('backoffDelay()', () => {
	it.each([
		[1, 0, 500],
		[2, 0, 1000],
		[3, 0, 2000],
		[1, 1, 600],
		[3, 0.5, 2200],
	])('retry %i with random %f waits %i ms on a 500 ms base', (retry, random, expected) => {
		expect(backoffDelay(retry, 500, () => random)).toBe(expected);
	});
});

describe('parseRetryAfter()', () => {
	const now = Date.UTC(2026, 9, 21, 7, 28, 0);
	it.each([
		['1', 1000],
		['0', 0],
		[' 120 ', 120_000],
		['Wed, 21 Oct 2026 07:28:30 GMT', 30_000],
		['Wed, 21 Oct 2026 07:00:00 GMT', 0],
		['1.5', null],
		['-5', null],
		['soon', null],
		['', null],
		[null, null],
		[undefined, null],
	])('%j is %j ms', (value, expected) => {
		expect(parseRetryAfter(value, now)).toBe(expected);
	});
});

describe('sleepUnlessAborted()', () => {
	it('resolves true after a sleep that ran its course', async () => {
		const waits: number[] = [];
		expect(await sleepUnlessAborted(250, async (ms) => void waits.push(ms))).toBe(true);
		expect(waits).toEqual([250]);
	});

	it('resolves false without sleeping when the signal is already aborted', async () => {
		const waits: number[] = [];
		const slept = sleepUnlessAborted(250, async (ms) => void waits.push(ms), AbortSignal.abort());
		expect(await slept).toBe(false);
		expect(waits).toEqual([]);
	});
});

describe('defaultSleep()', () => {
	it('rejects when its signal aborts, so a long wait ends early', async () => {
		const controller = new AbortController();
		setTimeout(() => controller.abort(), 10);
		await expect(defaultSleep(30_000, controller.signal)).rejects.toThrow(/abort/i);
		expect(await sleepUnlessAborted(30_000, defaultSleep, controller.signal)).toBe(false);
	});
});

describe('bodyEncoding()', () => {
	it.each([
		[undefined, 'identity'],
		['', 'identity'],
		['identity', 'identity'],
		['gzip', 'gzip'],
		['X-GZIP', 'gzip'],
		[' deflate ', 'deflate'],
		['br', 'br'],
		['compress', null],
		['gzip, br', null],
	])('Content-Encoding %j is %j', (header, expected) => {
		expect(bodyEncoding(header)).toBe(expected);
	});
});
