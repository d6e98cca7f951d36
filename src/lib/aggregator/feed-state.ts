/**
 * The per-feed state change of one refresh, as one pure function: the state a feed had, what
 * happened to it this time, and the time of the run give the state recorded for the next run.
 * Validators are kept from the last answer that carried them; a failure keeps the last success
 * and its counts, so the health page can say since when a feed has been failing.
 */
import type { FeedState } from '../schemas/news.ts';
import { safeDiagnostic } from './diagnostic.ts';

/** What happened to one feed in this refresh. */
export type FeedOutcome =
	| { kind: 'skipped' }
	| { kind: 'not-modified'; etag: string | null; lastModified: string | null }
	| { kind: 'failed'; code: string; message: string }
	| {
			kind: 'ok';
			etag: string | null;
			lastModified: string | null;
			entries: number;
			kept: number;
			dropped: Record<string, number>;
	  };

/** The state recorded for feed `id` after `outcome` at `now` (ISO 8601 UTC). */
export function nextFeedState(
	id: string,
	previous: FeedState | undefined,
	outcome: FeedOutcome,
	now: string,
): FeedState {
	if (outcome.kind === 'skipped') {
		return previous ? { ...previous, result: 'skipped' } : { ...blank(id), result: 'skipped' };
	}
	const base: FeedState = {
		...blank(id),
		...(previous && {
			etag: previous.etag,
			lastModified: previous.lastModified,
			lastSuccess: previous.lastSuccess,
			entries: previous.entries,
			kept: previous.kept,
			dropped: previous.dropped,
		}),
		lastAttempt: now,
	};
	switch (outcome.kind) {
		case 'not-modified':
			return {
				...base,
				result: 'not-modified',
				lastSuccess: now,
				etag: outcome.etag,
				lastModified: outcome.lastModified,
			};
		case 'failed':
			return {
				...base,
				result: 'failed',
				error: { code: outcome.code, message: safeDiagnostic(outcome.message) },
			};
		case 'ok':
			return {
				...base,
				result: 'ok',
				lastSuccess: now,
				etag: outcome.etag,
				lastModified: outcome.lastModified,
				entries: outcome.entries,
				kept: outcome.kept,
				dropped: outcome.dropped,
			};
	}
}

function blank(id: string): FeedState {
	return {
		id,
		etag: null,
		lastModified: null,
		lastAttempt: null,
		lastSuccess: null,
		result: 'ok',
		error: null,
		entries: 0,
		kept: 0,
		dropped: {},
	};
}
