import { describe, expect, it } from 'vitest';
import { nextFeedState, type FeedOutcome } from '../../../src/lib/aggregator/feed-state.ts';
import type { FeedState } from '../../../src/lib/schemas/news.ts';

const NOW = '2026-11-23T12:00:00.000Z';
const BEFORE: FeedState = {
	id: 'f',
	etag: '"old"',
	lastModified: 'Mon, 02 Nov 2026 00:00:00 GMT',
	lastAttempt: '2026-11-22T12:00:00.000Z',
	lastSuccess: '2026-11-22T12:00:00.000Z',
	result: 'ok',
	error: null,
	entries: 10,
	kept: 3,
	dropped: { irrelevant: 7 },
};
const OK: FeedOutcome = {
	kind: 'ok',
	etag: '"new"',
	lastModified: null,
	entries: 4,
	kept: 1,
	dropped: { irrelevant: 3 },
};

describe('nextFeedState()', () => {
	it.each<[string, FeedState | undefined, FeedOutcome, Partial<FeedState>]>([
		[
			'skipped, never seen: no attempt recorded',
			undefined,
			{ kind: 'skipped' },
			{ lastAttempt: null, result: 'skipped', etag: null, entries: 0 },
		],
		[
			'skipped, seen before: everything kept',
			BEFORE,
			{ kind: 'skipped' },
			{ ...BEFORE, result: 'skipped' },
		],
		[
			'ok: new validators and counts, success now',
			BEFORE,
			OK,
			{
				etag: '"new"',
				lastModified: null,
				lastAttempt: NOW,
				lastSuccess: NOW,
				entries: 4,
				kept: 1,
				dropped: { irrelevant: 3 },
				error: null,
			},
		],
		[
			'ok, never seen',
			undefined,
			OK,
			{ id: 'f', result: 'ok', lastAttempt: NOW, lastSuccess: NOW },
		],
		[
			"not modified: the answer's validators, counts kept",
			BEFORE,
			{ kind: 'not-modified', etag: '"old"', lastModified: null },
			{
				result: 'not-modified',
				etag: '"old"',
				lastModified: null,
				lastSuccess: NOW,
				entries: 10,
				kept: 3,
			},
		],
		[
			'failed: last success, validators and counts kept',
			BEFORE,
			{ kind: 'failed', code: 'network', message: 'refused' },
			{
				result: 'failed',
				error: { code: 'network', message: 'refused' },
				lastSuccess: BEFORE.lastSuccess,
				etag: '"old"',
				entries: 10,
				lastAttempt: NOW,
			},
		],
		[
			'failed, never seen: no success',
			undefined,
			{ kind: 'failed', code: 'http-status', message: 'HTTP 500' },
			{ result: 'failed', lastSuccess: null, lastAttempt: NOW },
		],
		[
			'failed after a failure: the new error replaces the old',
			{ ...BEFORE, result: 'failed', error: { code: 'x', message: 'old' } },
			{ kind: 'failed', code: 'timeout-connect', message: 'new' },
			{ error: { code: 'timeout-connect', message: 'new' } },
		],
		[
			'failed with terminal escapes: stored without them',
			undefined,
			{ kind: 'failed', code: 'network', message: '\u001b[31mred\u001b[0m text' },
			{ error: { code: 'network', message: 'red text' } },
		],
		[
			'ok after a failure: the error is cleared',
			{ ...BEFORE, result: 'failed', error: { code: 'x', message: 'old' } },
			OK,
			{ result: 'ok', error: null },
		],
	])('%s', (_, previous, outcome, expected) => {
		expect(nextFeedState('f', previous, outcome, NOW)).toMatchObject(expected);
	});

	it('does not change the previous state object', () => {
		const copy = structuredClone(BEFORE);
		nextFeedState('f', BEFORE, OK, NOW);
		expect(BEFORE).toEqual(copy);
	});
});
