import { z } from 'astro/zod';
import { datePrecisionSchema, idSchema, isoDaySchema, webUrlSchema } from './common.ts';

/** The kind of publication a source is. */
export const sourceKindSchema = z.enum([
	'primary',
	'agency',
	'news',
	'legal-analysis',
	'think-tank',
	'trade-or-blog',
	'research-note',
]);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/**
 * How we read a source: `stored-copy` where the fact base says a stored copy was read;
 * `relayed` when known through other sources that quote or describe it (`via` names the relay);
 * `listed` when the fact base only lists, cites or summarizes it; `seed-article` for the five seed
 * clippings, read in full; `not-read` when only its existence or address is recorded.
 */
const sourceAccessSchema = z.enum(['stored-copy', 'relayed', 'listed', 'seed-article', 'not-read']);

/** One correction to a source's record. */
const sourceCorrectionSchema = z.strictObject({
	/** The day the correction was made (UTC). */
	date: isoDaySchema,
	/** What was corrected, in a sentence for readers, e.g. "The link pointed to another article." */
	what: z.string().min(1),
});

/**
 * One source in `content/sources/sources.json`. It carries either `title` (the work's exact title,
 * with `titleSource` saying where that title is recorded) or `description` (our own words for the
 * work, never presented as its title), never both.
 */
export const sourceSchema = z
	.strictObject({
		/** Stable id, e.g. `fr-2026-11415`. */
		id: idSchema,
		/** The work's exact title, as recorded in the fact base or a seed clipping. */
		title: z.string().min(1).optional(),
		/**
		 * Where the exact `title` is recorded, worded to follow "as recorded in", e.g. "the fact
		 * base §1 (Identity), “WH fact sheet” row".
		 */
		titleSource: z.string().min(1).optional(),
		/** What the work is, in our words, when its exact title is not recorded. */
		description: z.string().min(1).optional(),
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
		/** How we read it (see `sourceAccessSchema`). */
		access: sourceAccessSchema.default('relayed'),
		/** Id of the source that relays this one, when `access` is `relayed` through a known source. */
		via: idSchema.optional(),
		/**
		 * The day the source entered the tracker (UTC), as the repository's history records it:
		 * the date of the commit that first added its entry.
		 */
		added: isoDaySchema,
		/**
		 * Corrections to this record (its URL, title, date or publisher) after it was added, oldest
		 * first, each where the repository's history shows a change made as a correction.
		 */
		corrections: z.array(sourceCorrectionSchema).default([]),
		/**
		 * Specifics (names, figures, dates) this source carries, as the fact base or the seed text
		 * attributes them to it; an event's `specifics` must be among its sources' `supports`.
		 */
		supports: z.array(z.string().min(1)).optional(),
	})
	.superRefine((source, ctx) => {
		if ((source.title === undefined) === (source.description === undefined)) {
			ctx.addIssue({
				code: 'custom',
				path: ['title'],
				message: 'give exactly one of `title` (an exact title) or `description` (our words)',
			});
		}
		if (source.title !== undefined && source.titleSource === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['titleSource'],
				message: 'is required with `title`: say where the exact title is recorded',
			});
		}
		source.corrections.forEach((c, i) => {
			if (c.date < source.added) {
				ctx.addIssue({
					code: 'custom',
					path: ['corrections', i, 'date'],
					message: `is before the day the source was added (${source.added})`,
				});
			}
		});
		if (source.corrections.some((c, i) => i > 0 && c.date < source.corrections[i - 1]!.date)) {
			ctx.addIssue({ code: 'custom', path: ['corrections'], message: 'must be oldest first' });
		}
		if (source.title === undefined && source.titleSource !== undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['titleSource'],
				message: 'is only allowed with an exact `title`',
			});
		}
	});
export type Source = z.infer<typeof sourceSchema>;
