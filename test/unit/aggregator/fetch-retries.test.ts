import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../../src/lib/aggregator/fetch/fetch.ts';
import { defaultSleep } from '../../../src/lib/aggregator/fetch/retry.ts';
import { deferred, startFeedServer, type FeedServer } from '../../support/feed-server.ts';
import { RSS, testOptions, text } from './fetch-fixture.ts';

let server: FeedServer;
beforeAll(async () => {
	server = await startFeedServer();
});
afterAll(() => server.close());

const hits = (path: string): number => server.requests.filter((r) => r.path === path).length;

/** Answers with `status` (and headers) for the first `failures` hits, then serves RSS. */
function flaky(
	path: string,
	failures: number,
	status: number,
	headers: Record<string, string> = {},
): string {
	server.route(path, (_req, res: ServerResponse, hit) => {
		if (hit <= failures) res.writeHead(status, headers).end('try later');
		else res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(RSS);
	});
	return server.url(path);
}

describe('fetchFeed() retries', () => {
	it('429 with Retry-After: 1 waits 1000 ms, then succeeds on attempt 2', async () => {
		const { options, waits } = testOptions();
		const result = await fetchFeed(flaky('/429', 1, 429, { 'Retry-After': '1' }), {}, options);
		expect(result).toMatchObject({ status: 'ok', attempts: 2 });
		expect(text(result)).toBe(RSS);
		expect(waits).toEqual([1000]);
	});

	it('honours a Retry-After given as an HTTP-date', async () => {
		const { options, waits } = testOptions();
		const at = new Date(Date.now() + 3000).toUTCString();
		const result = await fetchFeed(flaky('/503-date', 1, 503, { 'Retry-After': at }), {}, options);
		expect(result).toMatchObject({ status: 'ok', attempts: 2 });
		expect(waits).toHaveLength(1);
		expect(waits[0]).toBeGreaterThan(1000);
		expect(waits[0]).toBeLessThanOrEqual(3000);
	});

	it('fails at once, without waiting, when Retry-After exceeds the cap', async () => {
		const { options, waits } = testOptions({ maxRetryAfterMs: 60_000 });
		const url = flaky('/429-long', 1, 429, { 'Retry-After': '3600' });
		const result = await fetchFeed(url, {}, options);
		expect(result).toMatchObject({
			status: 'failed',
			code: 'http-status',
			httpStatus: 429,
			attempts: 1,
		});
		expect(result.status === 'failed' && result.message).toBe(
			`${url}: HTTP 429 Too Many Requests; Retry-After 3600 asks for 3600 s, over the 60 s cap, so not retried`,
		);
		expect(waits).toEqual([]);
		expect(hits('/429-long')).toBe(1);
	});

	it('500 then success: one backoff wait of the base plus at most 20% jitter', async () => {
		const { options, waits } = testOptions({ backoffMs: 100 });
		const result = await fetchFeed(flaky('/500-once', 1, 500), {}, options);
		expect(result).toMatchObject({ status: 'ok', attempts: 2 });
		expect(waits).toHaveLength(1);
		expect(waits[0]).toBeGreaterThanOrEqual(100);
		expect(waits[0]).toBeLessThanOrEqual(120);
	});

	it('500 forever: retries times more with doubling waits, then fails with attempts = retries + 1', async () => {
		const { options, waits } = testOptions({ retries: 3, backoffMs: 100 });
		const url = flaky('/500-always', Infinity, 500);
		const result = await fetchFeed(url, {}, options);
		expect(result).toMatchObject({
			status: 'failed',
			code: 'http-status',
			httpStatus: 500,
			attempts: 4,
		});
		expect(result.status === 'failed' && result.message).toBe(
			`${url}: HTTP 500 Internal Server Error; gave up after 4 attempts`,
		);
		expect(hits('/500-always')).toBe(4);
		expect(waits.map((ms) => Math.floor(ms / 100) * 100)).toEqual([100, 200, 400]);
	});

	it('retries: 0 makes a single attempt', async () => {
		const { options, waits } = testOptions({ retries: 0 });
		const result = await fetchFeed(flaky('/502-once', 1, 502), {}, options);
		expect(result).toMatchObject({ status: 'failed', httpStatus: 502, attempts: 1 });
		expect(waits).toEqual([]);
	});

	it('a connection reset before the response is retried', async () => {
		server.route('/reset', (req, res, hit) => {
			if (hit === 1) req.socket.destroy();
			else res.end(RSS);
		});
		const { options, waits } = testOptions();
		const result = await fetchFeed(server.url('/reset'), {}, options);
		expect(result).toMatchObject({ status: 'ok', attempts: 2 });
		expect(waits).toHaveLength(1);
	});

	it('a body cut off mid-way is retried, then fails with network', async () => {
		server.route('/cut', (_req, res) => {
			res.writeHead(200, { 'Content-Length': '1000' });
			res.write('<rss>');
			setTimeout(() => res.destroy(), 20);
		});
		const url = server.url('/cut');
		const result = await fetchFeed(url, {}, testOptions().options);
		expect(result).toMatchObject({ status: 'failed', code: 'network', attempts: 3 });
		expect(result.status === 'failed' && result.message).toContain(
			`${url}: connection closed before the body was complete`,
		);
	});
});

describe('fetchFeed() abort', () => {
	it('ends with aborted and no request when the signal is already aborted', async () => {
		server.route('/pre-aborted', (_req, res) => res.end(RSS));
		const { options } = testOptions({
			signal: AbortSignal.abort(new Error('run deadline reached')),
		});
		const result = await fetchFeed(server.url('/pre-aborted'), {}, options);
		expect(result).toMatchObject({ status: 'failed', code: 'aborted', attempts: 0 });
		expect(result.status === 'failed' && result.message).toContain('run deadline reached');
		expect(hits('/pre-aborted')).toBe(0);
	});

	it('destroys the socket of a request in flight', async () => {
		const arrived = deferred();
		const closed = deferred();
		server.route('/hang', (_req, res) => {
			res.on('close', () => closed.resolve());
			arrived.resolve();
		});
		const controller = new AbortController();
		const { options } = testOptions({ connectTimeoutMs: 60_000 });
		const pending = fetchFeed(server.url('/hang'), {}, { ...options, signal: controller.signal });
		await arrived.promise;
		controller.abort(new Error('run deadline reached'));
		const result = await pending;
		expect(result).toMatchObject({ status: 'failed', code: 'aborted', attempts: 1 });
		await closed.promise;
	});

	it('destroys the socket while a body is streaming', async () => {
		const started = deferred();
		server.route('/slow-body', (_req, res) => {
			res.writeHead(200);
			res.write('<rss>');
			started.resolve();
		});
		const controller = new AbortController();
		const { options } = testOptions({ bodyTimeoutMs: 60_000 });
		const pending = fetchFeed(
			server.url('/slow-body'),
			{},
			{ ...options, signal: controller.signal },
		);
		await started.promise;
		controller.abort();
		expect(await pending).toMatchObject({ status: 'failed', code: 'aborted', attempts: 1 });
	});

	it('ends a retry wait at once even when the injected sleep ignores the signal', async () => {
		const controller = new AbortController();
		const waits: number[] = [];
		const { options } = testOptions({
			signal: controller.signal,
			sleep: (ms) => {
				waits.push(ms);
				controller.abort(new Error('run deadline reached'));
				return new Promise<void>(() => {});
			},
		});
		const result = await fetchFeed(
			flaky('/503-abort', 1, 503, { 'Retry-After': '2' }),
			{},
			options,
		);
		expect(result).toMatchObject({ status: 'failed', code: 'aborted', attempts: 1 });
		expect(waits).toEqual([2000]);
		expect(hits('/503-abort')).toBe(1);
	});

	it('ends a real 30 s retry wait as soon as the signal aborts', async () => {
		const controller = new AbortController();
		const waits: number[] = [];
		const { options } = testOptions({
			maxRetryAfterMs: 60_000,
			signal: controller.signal,
			sleep: (ms, signal) => {
				waits.push(ms);
				setTimeout(() => controller.abort(), 20);
				return defaultSleep(ms, signal);
			},
		});
		const url = flaky('/503-real', 1, 503, { 'Retry-After': '30' });
		const result = await fetchFeed(url, {}, options);
		expect(result).toMatchObject({ status: 'failed', code: 'aborted', attempts: 1 });
		expect(waits).toEqual([30_000]);
	});
});

describe('fetchFeed() never throws', () => {
	it('turns an exception from an injected sleep into a failed result', async () => {
		const { options } = testOptions({
			sleep: () => {
				throw new Error('sleep is broken');
			},
		});
		const url = flaky('/503-broken-sleep', 1, 503);
		const result = await fetchFeed(url, {}, options);
		expect(result).toMatchObject({ status: 'failed', code: 'network' });
		expect(result.status === 'failed' && result.message).toBe(
			`${url}: unexpected error: sleep is broken`,
		);
	});
});
