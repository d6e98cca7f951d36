import type { ServerResponse } from 'node:http';
import { setImmediate as tick } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	createHostLimiter,
	fetchFeed,
	mapWithConcurrency,
} from '../../../src/lib/aggregator/fetch/fetch.ts';
import { deferred, startFeedServer, type FeedServer } from '../../support/feed-server.ts';
import { RSS, testOptions } from './fetch-fixture.ts';

/** Tasks that start when called and finish when the test says so. */
function controlledTasks() {
	const started: string[] = [];
	const finish = new Map<string, (value: string) => void>();
	const fail = new Map<string, (error: Error) => void>();
	const task = (name: string) => () => {
		started.push(name);
		return new Promise<string>((resolve, reject) => {
			finish.set(name, resolve);
			fail.set(name, reject);
		});
	};
	return {
		started,
		task,
		finish: (name: string) => finish.get(name)!(name),
		fail: (name: string) => fail.get(name)!(new Error(name)),
	};
}

describe('createHostLimiter()', () => {
	it('runs at most perHost tasks per host, queueing the rest in call order', async () => {
		const limit = createHostLimiter(2);
		const { started, task, finish } = controlledTasks();
		const results = ['a1', 'a2', 'a3', 'a4'].map((name) =>
			limit(`https://a.example.com/${name}`, task(name)),
		);
		await tick();
		expect(started).toEqual(['a1', 'a2']);
		finish('a2');
		await tick();
		expect(started).toEqual(['a1', 'a2', 'a3']);
		finish('a1');
		finish('a3');
		await tick();
		finish('a4');
		expect(await Promise.all(results)).toEqual(['a1', 'a2', 'a3', 'a4']);
	});

	it('lets different hosts proceed independently', async () => {
		const limit = createHostLimiter(1);
		const { started, task, finish } = controlledTasks();
		const a = limit('https://a.example.com/feed', task('a1'));
		const a2 = limit('https://A.EXAMPLE.COM:8443/other', task('a2'));
		const b = limit('https://b.example.org/feed', task('b1'));
		await tick();
		expect(started).toEqual(['a1', 'b1']);
		finish('b1');
		expect(await b).toBe('b1');
		expect(started).toEqual(['a1', 'b1']);
		finish('a1');
		await tick();
		finish('a2');
		expect(await Promise.all([a, a2])).toEqual(['a1', 'a2']);
	});

	it('frees the slot of a task that rejects and passes the rejection on', async () => {
		const limit = createHostLimiter(1);
		const { started, task, fail, finish } = controlledTasks();
		const first = limit('https://a.example.com/1', task('bad'));
		const second = limit('https://a.example.com/2', task('good'));
		await tick();
		fail('bad');
		await expect(first).rejects.toThrow('bad');
		await tick();
		expect(started).toEqual(['bad', 'good']);
		finish('good');
		expect(await second).toBe('good');
	});

	it.each([0, -1, 1.5, Number.NaN])('refuses perHost = %d', (perHost) => {
		expect(() => createHostLimiter(perHost)).toThrow(RangeError);
	});
});

describe('createHostLimiter() around fetchFeed()', () => {
	let server: FeedServer;
	beforeAll(async () => {
		server = await startFeedServer();
	});
	afterAll(() => server.close());

	it('never exceeds the limit per host while two hosts run at the same time', async () => {
		const held: ServerResponse[] = [];
		let open = false;
		const release = (): void => {
			open = true;
			for (const res of held.splice(0)) res.end(RSS);
		};
		// Requests are held until both hosts have their two in flight, which only a limiter that
		// lets hosts proceed independently reaches; the fallback only keeps a broken one from hanging.
		const fallback = setTimeout(release, 2000);
		server.route('/held', (_req, res) => {
			if (open) return void setTimeout(() => res.end(RSS), 5);
			held.push(res);
			if (server.peakTotal() >= 4) release();
		});
		const limit = createHostLimiter(2);
		const { options } = testOptions();
		const urls = ['127.0.0.1', 'localhost'].flatMap((host) =>
			Array.from({ length: 6 }, () => server.url('/held', host)),
		);
		const results = await Promise.all(
			urls.map((url) => limit(url, () => fetchFeed(url, {}, options))),
		);
		clearTimeout(fallback);
		expect(results.map((r) => r.status)).toEqual(Array(12).fill('ok'));
		expect(Object.fromEntries(server.peak)).toEqual({ '127.0.0.1': 2, localhost: 2 });
		expect(server.peakTotal()).toBe(4);
	});
});

describe('mapWithConcurrency()', () => {
	it('keeps item order whatever the finishing order, with at most `limit` in flight', async () => {
		const gates = [0, 1, 2, 3, 4].map(() => deferred());
		let running = 0;
		let peak = 0;
		const pending = mapWithConcurrency([10, 20, 30, 40, 50], 2, async (item, index) => {
			running += 1;
			peak = Math.max(peak, running);
			await gates[index]!.promise;
			running -= 1;
			return `${index}:${item}`;
		});
		for (const index of [1, 0, 3, 4, 2]) {
			gates[index]!.resolve();
			await tick();
		}
		expect(await pending).toEqual(['0:10', '1:20', '2:30', '3:40', '4:50']);
		expect(peak).toBe(2);
	});

	it('returns [] for no items', async () => {
		expect(await mapWithConcurrency([], 3, async () => 1)).toEqual([]);
	});

	it('rejects with the first error and starts no new items after it', async () => {
		const seen: number[] = [];
		const result = mapWithConcurrency([0, 1, 2, 3], 1, async (item) => {
			seen.push(item);
			if (item === 1) throw new Error('item 1 failed');
			return item;
		});
		await expect(result).rejects.toThrow('item 1 failed');
		expect(seen).toEqual([0, 1]);
	});

	it.each([0, 2.5])('refuses limit = %d', async (limit) => {
		await expect(mapWithConcurrency([1], limit, async (x) => x)).rejects.toThrow(RangeError);
	});
});
