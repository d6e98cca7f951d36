import { z } from 'astro/zod';
import { idSchema, webUrlSchema } from './common.ts';
import { topicSchema } from './feed.ts';

/** One aggregated news item in `content/news/news.json` (written by `npm run feeds`). */
export const newsItemSchema = z.strictObject({
	/** Stable id derived from the item's canonical URL. */
	id: idSchema,
	/** Feed id it came from (first seen). */
	feed: idSchema,
	/** Title, plain text. */
	title: z.string().min(1),
	/** Canonical link to the item. */
	url: webUrlSchema,
	/** Publisher name. */
	publisher: z.string().min(1),
	/** Publication instant, ISO 8601 UTC; null when the feed gave none. */
	published: z.iso.datetime().nullable(),
	/** Plain-text summary, sanitized; null when none. */
	summary: z.string().nullable(),
	/** Topics matched. */
	topics: z.array(topicSchema),
	/** The rule that matched the item, shown to readers. */
	reason: z.string().min(1),
	/** Related milestones (ids). */
	milestones: z.array(idSchema).default([]),
	/** When the aggregator first stored the item, ISO 8601 UTC. */
	firstSeen: z.iso.datetime(),
});
export type NewsItem = z.infer<typeof newsItemSchema>;
