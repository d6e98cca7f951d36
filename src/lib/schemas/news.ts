import { z } from 'astro/zod';
import { idSchema, webUrlSchema } from './common.ts';
import { topicSchema } from './feed.ts';

/** One rule match: why an item was kept. Shown to readers next to the item. */
export const matchSchema = z.strictObject({
	/** Rule id in `content/feeds/relevance.json`. */
	rule: idSchema,
	/** Topic the rule tags. */
	topic: topicSchema,
	/** The phrase found, as written in the rule. */
	phrase: z.string().min(1),
	/**
	 * Where it was found; `feed` when the item was kept because its feed lists only items about
	 * the order (the curated feed), with the feed's title as `phrase`.
	 */
	field: z.enum(['title', 'summary', 'feed']),
});
export type Match = z.infer<typeof matchSchema>;

/** Another feed that carried the same story (same GUID, same canonical URL or near-same title). */
export const alsoReportedSchema = z.strictObject({
	feed: idSchema,
	publisher: z.string().min(1),
	url: webUrlSchema,
	title: z.string().min(1),
});

/** One aggregated news item in `content/news/news.json` (written by `npm run feeds`). */
export const newsItemSchema = z.strictObject({
	/** Stable id derived from the item's canonical URL. */
	id: idSchema,
	/** Feed id it came from (first seen). */
	feed: idSchema,
	/** The feed's GUID for the item, when it gave one. */
	guid: z.string().min(1).nullable(),
	/** Title, plain text. */
	title: z.string().min(1),
	/** Canonical link to the item: absolute http(s), tracking parameters removed. */
	url: webUrlSchema,
	/** Publisher name. */
	publisher: z.string().min(1),
	/** Kind of the feed it came from. */
	kind: z.enum(['official', 'press', 'curated']),
	/** Publication instant, ISO 8601 UTC; the first-seen instant when the feed gave none. */
	published: z.iso.datetime(),
	/** Whether `published` came from the feed or is when we first saw the item. */
	dateSource: z.enum(['feed', 'first-seen']),
	/**
	 * A publication date found outside the feed when the feed gave none, with where it was read;
	 * absent when none was found. Feeds date an undated item by this before anything else.
	 */
	dateEvidence: z
		.strictObject({
			/** The date as found, at its precision: YYYY-MM-DD or YYYY-MM. */
			date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/),
			/** Where it was read: the page's own metadata (e.g. `article:published_time`) or a dated path in its URL. */
			from: z.enum(['page-metadata', 'url-path']),
			/** What was read, verbatim: the metadata's name and value, or the path segment. */
			evidence: z.string().min(1),
			/** When it was read, ISO 8601 UTC. */
			recorded: z.iso.datetime(),
		})
		.optional(),
	/** Oddities readers should see (a date in the future). */
	flags: z.array(z.enum(['future-date', 'no-date'])),
	/** Plain-text summary, sanitized; null when none. */
	summary: z.string().nullable(),
	/** Topics matched (distinct, sorted). */
	topics: z.array(topicSchema).min(1),
	/** Every rule match: the visible reason the item was kept. */
	matches: z.array(matchSchema).min(1),
	/** Related milestones (ids), from the rules that matched. */
	milestones: z.array(idSchema),
	/** Other feeds that carried the same story. */
	alsoReportedBy: z.array(alsoReportedSchema),
	/** When the aggregator first stored the item, ISO 8601 UTC. */
	firstSeen: z.iso.datetime(),
	/** When a refresh last changed the stored record, ISO 8601 UTC. */
	updated: z.iso.datetime(),
});
export type NewsItem = z.infer<typeof newsItemSchema>;

/** Health of one feed after the last refresh, in `content/news/feed-state.json`. */
export const feedStateSchema = z.strictObject({
	/** Feed id. */
	id: idSchema,
	/** Validators for the next conditional GET. */
	etag: z.string().nullable(),
	lastModified: z.string().nullable(),
	/** When the last attempt ran and when one last succeeded (ISO 8601 UTC). */
	lastAttempt: z.iso.datetime().nullable(),
	lastSuccess: z.iso.datetime().nullable(),
	/** Result of the last attempt; `skipped` when an offline run did not try it. */
	result: z.enum(['ok', 'not-modified', 'failed', 'skipped']),
	/** Failure code and message when `result` is `failed`. */
	error: z.strictObject({ code: z.string().min(1), message: z.string().min(1) }).nullable(),
	/** Entries in the last successful fetch, and what became of them. */
	entries: z.number().int().nonnegative(),
	kept: z.number().int().nonnegative(),
	/** Dropped entries by reason (no-url, unsafe-url, no-title, irrelevant, duplicate). */
	dropped: z.record(z.string(), z.number().int().nonnegative()),
});
export type FeedState = z.infer<typeof feedStateSchema>;
