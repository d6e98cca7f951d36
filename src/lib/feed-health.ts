/**
 * Rows of the public feed-health table: each configured feed with its last refresh, in plain
 * words ("Unreachable at the last refresh (Nov 23, 2026)"). The technical message is kept apart,
 * for a collapsed detail, made safe again here: control characters, local paths and length are
 * removed whatever an older refresh stored.
 */
import { safeDiagnostic } from './aggregator/diagnostic.ts';
import { formatDay, utcDayOf } from './dates.ts';
import type { Feed } from './schemas/feed.ts';
import type { FeedState } from './schemas/news.ts';

/** One feed's row. `result` is `never` when no refresh has recorded it. */
export interface FeedHealthRow {
	feed: Feed;
	state: FeedState | undefined;
	result: FeedState['result'] | 'never';
	resultText: string;
	/** For a failed feed, what the aggregator reported (safe to publish); null otherwise. */
	detail: string | null;
	droppedText: string;
}

/** What a failure means to a reader, by failure code; anything else "Could not be read". */
const FAILURE_WORDS: Record<string, string> = {
	network: 'Unreachable',
	'address-refused': 'Refused (the address is not a public one)',
	'timeout-connect': 'Unreachable',
	'timeout-headers': 'Did not answer in time',
	'timeout-body': 'Did not answer in time',
	aborted: 'Did not finish in time',
	'http-status': 'Answered with an error',
	'too-many-redirects': 'Redirected too many times',
	'redirect-loop': 'Redirected in a loop',
	'too-large': 'Too large to read',
	config: 'Listed with an address that cannot be used',
	'local-missing': 'Missing from the project',
};

const DROP_LABEL: Record<string, string> = {
	irrelevant: 'no rule matched',
	duplicate: 'duplicate',
	'no-url': 'no link',
	'unsafe-url': 'unsafe link',
	'no-title': 'no title',
	'url-too-long': 'link too long',
	'over-item-cap': 'over the 500 newest',
};

function failureText(state: FeedState | undefined): string {
	const words = FAILURE_WORDS[state?.error?.code ?? ''] ?? 'Could not be read';
	const when = state?.lastAttempt
		? ` (${formatDay(utcDayOf(new Date(state.lastAttempt)), 'short')})`
		: '';
	return `${words} at the last refresh${when}`;
}

/** How many of the feeds answered at their last refresh (fetched, or unchanged since). */
export function answeredCount(rows: readonly FeedHealthRow[]): number {
	return rows.filter((r) => r.result === 'ok' || r.result === 'not-modified').length;
}

/** The day of the latest refresh any feed records, or null when none is recorded in this build. */
export function lastRefreshDay(states: ReadonlyMap<string, FeedState>): string | null {
	let latest: string | null = null;
	for (const { lastAttempt } of states.values()) {
		if (lastAttempt && (!latest || lastAttempt > latest)) latest = lastAttempt;
	}
	return latest ? latest.slice(0, 10) : null;
}

/** The rows, in the configuration's order; failed feeds say why. */
export function feedHealthRows(
	feeds: readonly Feed[],
	states: ReadonlyMap<string, FeedState>,
): FeedHealthRow[] {
	return feeds.map((feed) => {
		const state = states.get(feed.id);
		const result = state?.result ?? 'never';
		const resultText =
			result === 'never'
				? 'Not fetched yet'
				: result === 'failed'
					? failureText(state)
					: result === 'not-modified'
						? 'Not modified'
						: result === 'skipped'
							? 'Skipped (offline run)'
							: 'OK';
		const dropped = Object.entries(state?.dropped ?? {})
			.filter(([, n]) => n > 0)
			.map(([reason, n]) => `${n} ${DROP_LABEL[reason] ?? reason}`);
		const detail = result === 'failed' && state?.error ? safeDiagnostic(state.error.message) : null;
		return { feed, state, result, resultText, detail, droppedText: dropped.join(', ') || '—' };
	});
}
