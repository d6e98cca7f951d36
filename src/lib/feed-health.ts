/** Rows of the public feed-health table: each configured feed with its last refresh, in words. */
import type { Feed } from './schemas/feed.ts';
import type { FeedState } from './schemas/news.ts';

/** One feed's row. `result` is `never` when no refresh has recorded it. */
export interface FeedHealthRow {
	feed: Feed;
	state: FeedState | undefined;
	result: FeedState['result'] | 'never';
	resultText: string;
	droppedText: string;
}

const DROP_LABEL: Record<string, string> = {
	irrelevant: 'no rule matched',
	duplicate: 'duplicate',
	'no-url': 'no link',
	'unsafe-url': 'unsafe link',
	'no-title': 'no title',
};

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
					? `Failed: ${state?.error?.message ?? 'unknown error'}`
					: result === 'not-modified'
						? 'Not modified'
						: result === 'skipped'
							? 'Skipped (offline run)'
							: 'OK';
		const dropped = Object.entries(state?.dropped ?? {})
			.filter(([, n]) => n > 0)
			.map(([reason, n]) => `${n} ${DROP_LABEL[reason] ?? reason}`);
		return { feed, state, result, resultText, droppedText: dropped.join(', ') || '—' };
	});
}
