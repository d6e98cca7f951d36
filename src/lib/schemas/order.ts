import { z } from 'astro/zod';
import { confidenceSchema, idSchema, sourceIdsSchema } from './common.ts';

/** A defined term of the order, explained in our words. */
const termSchema = z.strictObject({
	/** Anchor id of the term, unique across the whole order (e.g. `covered-frontier-model`). */
	id: idSchema,
	/** The term as the order or coverage writes it. */
	term: z.string().min(1),
	/** Plain-language definition, our own words. */
	definition: z.string().min(1),
	/** Sources behind the definition. */
	sources: sourceIdsSchema.min(1),
});

/** Frontmatter of one section page of the order (`content/order/<id>.mdx`). */
export const orderSectionSchema = z.strictObject({
	/** Section number in the order, 1 to 5. */
	section: z.number().int().min(1).max(5),
	/** Section heading; where the order's own heading is unconfirmed, a descriptive one. */
	heading: z.string().min(1),
	/** Whether `heading` is the order's own wording (`order`) or ours (`descriptive`). */
	headingKind: z.enum(['order', 'descriptive']),
	/** Confidence in the heading wording when it is the order's. */
	headingConfidence: confidenceSchema.optional(),
	/** Short label for navigation, e.g. "Upgrading systems". */
	short: z.string().min(1).max(40),
	/** One plain-language sentence: what the section does. */
	summary: z.string().min(1).max(400),
	/** Page description for search engines and link previews. */
	description: z.string().min(1).max(200),
	/** Federal Register page(s) on which the section is confirmed to appear; empty if unconfirmed. */
	frPages: z.array(z.number().int().positive()),
	/** Agencies (ids) that must act under this section. */
	actors: z.array(idSchema),
	/** Defined terms this section introduces. */
	terms: z.array(termSchema).default([]),
	/** Sources for the section as a whole, besides those cited inline. */
	sources: sourceIdsSchema.default([]),
});
export type OrderSectionData = z.infer<typeof orderSectionSchema>;
export type Term = z.infer<typeof termSchema>;
