/**
 * One parsed entry to one clean item: plain-text title and summary, a safe absolute URL and an
 * ISO UTC date, or the reason it was dropped. Raw feed HTML never leaves this step. An entry
 * without a title takes the start of its summary. Items are validated here, as they enter, so
 * the store never meets a value it cannot write: a date before 1990 or over two days after `now`
 * (or one the calendar does not have) becomes unknown: the item is dated `now`, flagged 'no-date',
 * and the reason is returned to be counted. Raw fields are cut before any work on them.
 */
import { inertText } from '../../inert-text.ts';
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
/** The earliest date believed: no feed item about anything predates the web's feeds. */
const EARLIEST = Date.UTC(1990, 0, 1);
/** Links longer than this are not addresses a reader can use (browsers and servers cap near it). */
const URL_MAX = 2048;
/** Raw field lengths read, in UTF-16 code units: enough markup for any title or summary shown. */
const RAW_TITLE_MAX = 16 * 1024;
const RAW_SUMMARY_MAX = 64 * 1024;
/** Characters that show nothing: format characters (zero-width, bidi marks) and spaces. */
const INVISIBLE_ONLY = /^[\p{Cf}\p{Z}\s]*$/u;

/** Why a field of a kept item was set to unknown; counted per feed. */
export type RepairReason = 'date-unknown' | 'date-out-of-range';

/** The clean item for an entry, or why it is dropped ('no-url', 'unsafe-url', 'no-title'). */
export function normalizeEntry(
	entry: ParsedEntry,
	context: NormalizeContext,
): { item: NormalizedItem; repaired: RepairReason | null } | { dropped: DropReason } {
	if (!entry.link?.trim()) return { dropped: 'no-url' };
	if (entry.link.length > URL_MAX) return { dropped: 'url-too-long' };
	const url = safeUrl(entry.link, entry.base?.slice(0, URL_MAX) ?? null, context.feedUrl);
	if (!url) return { dropped: 'unsafe-url' };
	if (url.length > URL_MAX) return { dropped: 'url-too-long' };

	// Text that looked like markup (escaped tags become text) is made inert here, once, so that
	// no output's reader can render it as markup (`inertText`).
	const summary = inertText(
		visible(plainText(cut(entry.summary, RAW_SUMMARY_MAX), SUMMARY_MAX)) ||
			visible(plainText(cut(entry.content, RAW_SUMMARY_MAX), SUMMARY_MAX)),
	);
	const title =
		inertText(visible(plainText(cut(entry.title, RAW_TITLE_MAX), TITLE_MAX))) ||
		capText(summary, FALLBACK_TITLE_MAX);
	if (!title) return { dropped: 'no-title' };

	const flags: ItemFlag[] = [];
	const parsed = entry.date === null ? null : parseFeedDate(entry.date.slice(0, 200));
	const repaired = dateProblem(entry.date, parsed, context.now);
	const date = repaired === null ? parsed : null;
	if (!date) flags.push('no-date');

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
		repaired,
	};
}

/** Why a feed's date cannot be used, or null when it can (or when the feed gave none). */
function dateProblem(raw: string | null, date: Date | null, now: Date): RepairReason | null {
	if (raw === null || raw.trim() === '') return null;
	if (date === null || !Number.isFinite(date.getTime())) return 'date-unknown';
	const time = date.getTime();
	return time < EARLIEST || time > now.getTime() + FUTURE_TOLERANCE_MS ? 'date-out-of-range' : null;
}

/** At most `max` code units of a raw field, never ending mid-surrogate; '' for none. */
function cut(text: string | null, max: number): string {
	if (text === null) return '';
	if (text.length <= max) return text;
	const head = text.slice(0, max);
	return /[\ud800-\udbff]$/.test(head) ? head.slice(0, -1) : head;
}

/** `text`, or '' when it has no visible character (only zero-width or spacing characters). */
function visible(text: string): string {
	return INVISIBLE_ONLY.test(text) ? '' : text;
}

/** The guid with whitespace collapsed and invisible characters removed; null when blank. */
function cleanGuid(guid: string | null): string | null {
	if (guid === null) return null;
	const clean = guid.replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, ' ');
	return capText(clean.replace(/\s+/gu, ' ').trim(), GUID_MAX) || null;
}
