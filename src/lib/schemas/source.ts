import { z } from 'astro/zod';
import { datePrecisionSchema, idSchema, isoDaySchema, webUrlSchema } from './common.ts';

/** The kind of publication a source is. */
const sourceKindSchema = z.enum([
	'primary',
	'agency',
	'news',
	'legal-analysis',
	'think-tank',
	'trade-or-blog',
	'research-note',
]);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/** One source in `content/sources/sources.json`. */
export const sourceSchema = z.strictObject({
	/** Stable id, e.g. `fr-2026-11415`. */
	id: idSchema,
	/** Title of the document or article. */
	title: z.string().min(1),
	/** Publisher or outlet, e.g. "Latham & Watkins". */
	publisher: z.string().min(1),
	/** Short label for inline citations, e.g. "Latham". */
	short: z.string().min(1).max(32),
	/** What kind of publication it is. */
	kind: sourceKindSchema,
	/** Publication date; omitted when unknown. */
	date: isoDaySchema.optional(),
	/** How precisely `date` is known. */
	datePrecision: datePrecisionSchema.default('day'),
	/** Link to the source, exactly as the fact base gives it; omitted rather than guessed. */
	url: webUrlSchema.optional(),
	/** Whether the URL itself is confirmed (`confirmed`) or only cited by others (`unconfirmed`). */
	urlStatus: z.enum(['confirmed', 'unconfirmed']).default('confirmed'),
	/** Reliability tier: primary [P], secondary [S] or lead [R]. */
	tier: z.enum(['primary', 'secondary', 'lead']),
	/** Why it has that tier, in a sentence. */
	tierReason: z.string().min(1),
	/** What the source emphasizes, in our words. */
	summary: z.string().min(1),
	/** How we read it: directly, through a stored copy, or relayed by another source. */
	access: z.enum(['stored-copy', 'relayed', 'seed-article', 'not-read']).default('relayed'),
	/** Id of the source that relays this one, when `access` is `relayed` through a known source. */
	via: idSchema.optional(),
	/**
	 * Specifics (names, figures, dates) this source carries, as the fact base or the seed text
	 * attributes them to it; an event's `specifics` must be among its sources' `supports`.
	 */
	supports: z.array(z.string().min(1)).optional(),
});
export type Source = z.infer<typeof sourceSchema>;
