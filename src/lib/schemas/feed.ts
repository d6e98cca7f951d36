import { z } from 'astro/zod';
import { confidenceSchema, idSchema, webUrlSchema } from './common.ts';

/** Topics used to tag feeds and news items. */
export const topicSchema = z.enum([
	'order',
	'directives',
	'clearinghouse',
	'benchmark-framework',
	'workforce',
	'funding',
	'enforcement',
	'congress',
	'industry',
]);
export type Topic = z.infer<typeof topicSchema>;

/** One feed the aggregator reads, in `content/feeds/feeds.json`. */
export const feedSchema = z.strictObject({
	/** Stable id. */
	id: idSchema,
	/** Human name, e.g. "White House: Presidential Actions". */
	title: z.string().min(1),
	/** Publisher, e.g. "The White House". */
	publisher: z.string().min(1),
	/** Agency id when the publisher is a body in `agencies`. */
	agency: idSchema.optional(),
	/** Official (government) or press. */
	kind: z.enum(['official', 'press', 'curated']),
	/** Feed URL; a `local:` path for the curated feed in this repository. */
	url: z.union([webUrlSchema, z.string().regex(/^local:[\w./-]+$/)]),
	/** How confident we are that the URL is live, from the fact base. */
	urlConfidence: z.enum(['high', 'medium', 'low', 'unvetted']),
	/** Topics it is likely to carry. */
	topics: z.array(topicSchema).min(1),
	/** Notes on quirks (teasers only, shallow window, stale). */
	notes: z.string().optional(),
	/** Confidence grade of items from this feed. */
	confidence: confidenceSchema,
});
export type Feed = z.infer<typeof feedSchema>;
