/**
 * One parsed entry to one clean item: plain-text title and summary, a safe absolute URL and an
 * ISO UTC date, or the reason it was dropped. Raw feed HTML never leaves this step. An entry
 * without a title takes the start of its summary; one without a usable date is dated `now` and
 * flagged 'no-date'; a date over two days after `now` is kept and flagged 'future-date'.
 */
import { parseFeedDate } from './feed-date.ts';
import { capText, plainText, SUMMARY_MAX, TITLE_MAX } from './text.ts';
import type { DropReason, ItemFlag, NormalizedItem, ParsedEntry } from '../types.ts';
import { safeUrl } from './url.ts';

/** What `normalizeEntry` needs besides the entry. */
export interface NormalizeContext {
	/** The feed's id in the source list. */
	feed: string;
	/** The URL the feed was fetched from, to resolve relative links. */
	feedUrl: string;
	/** The time of this run: the date of undated entries, the reference for future dates. */
	now: Date;
}

/** A title taken from the summary is cut shorter than a real one. */
const FALLBACK_TITLE_MAX = 120;
const GUID_MAX = 500;
const FUTURE_TOLERANCE_MS = 2 * 24 * 60 * 60 * 1000;

/** The clean item for an entry, or why it is dropped ('no-url', 'unsafe-url', 'no-title'). */
export function normalizeEntry(
	entry: ParsedEntry,
	context: NormalizeContext,
): { item: NormalizedItem } | { dropped: DropReason } {
	if (!entry.link?.trim()) return { dropped: 'no-url' };
	const url = safeUrl(entry.link, entry.base, context.feedUrl);
	if (!url) return { dropped: 'unsafe-url' };

	const summary =
		plainText(entry.summary ?? '', SUMMARY_MAX) || plainText(entry.content ?? '', SUMMARY_MAX);
	const title = plainText(entry.title ?? '', TITLE_MAX) || capText(summary, FALLBACK_TITLE_MAX);
	if (!title) return { dropped: 'no-title' };

	const flags: ItemFlag[] = [];
	const date = parseFeedDate(entry.date);
	if (!date) flags.push('no-date');
	else if (date.getTime() - context.now.getTime() > FUTURE_TOLERANCE_MS) flags.push('future-date');

	return {
		item: {
			feed: context.feed,
			guid: cleanGuid(entry.guid),
			title,
			url,
			summary: summary || null,
			published: (date ?? context.now).toISOString(),
			dateSource: date ? 'feed' : 'first-seen',
			flags,
		},
	};
}

/** The guid with whitespace collapsed and invisible characters removed; null when blank. */
function cleanGuid(guid: string | null): string | null {
	if (guid === null) return null;
	const clean = guid.replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, ' ');
	return capText(clean.replace(/\s+/gu, ' ').trim(), GUID_MAX) || null;
}
