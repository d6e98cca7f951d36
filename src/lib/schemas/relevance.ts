import { z } from 'astro/zod';
import { idSchema } from './common.ts';
import { topicSchema } from './feed.ts';

const phraseSchema = z.string().regex(/\S/, 'must contain a non-space character');

/**
 * One relevance rule in `content/feeds/relevance.json` (an array of rules with unique ids, read
 * through `validateEntries`): words that tie a feed item to the order.
 */
export const relevanceRuleSchema = z.strictObject({
	/** Stable id, recorded on every match the rule makes. */
	id: idSchema,
	/** Topic an item matched by this rule is tagged with. */
	topic: topicSchema,
	/** Phrases, any one of which matches: case-insensitive, whole words, after Unicode folding. */
	phrases: z.array(phraseSchema).min(1),
	/** When present, at least one of these must also appear in the same item (title or summary). */
	requires: z.array(phraseSchema).min(1).optional(),
	/** Ids of the milestones the rule concerns; empty when it concerns the order as a whole. */
	milestones: z.array(idSchema),
	/** Why the rule exists, with the facts of the fact base that support its phrases. */
	note: z.string().min(1),
});
export type RelevanceRule = z.infer<typeof relevanceRuleSchema>;
