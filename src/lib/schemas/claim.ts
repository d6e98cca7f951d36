import { z } from 'astro/zod';
import { idSchema } from './common.ts';

/** How one source treats a claim. */
const positionSchema = z.strictObject({
	/** Source id. */
	source: idSchema,
	/**
	 * `agrees`: states it as the order does; `differs`: states it differently; `silent`: we read
	 * the whole source and it does not address the point. A source not listed was not assessed.
	 */
	stance: z.enum(['agrees', 'differs', 'silent']),
	/** What the source says, paraphrased (required when it differs). */
	says: z.string().optional(),
});
export type Position = z.infer<typeof positionSchema>;

/** One checkable claim about the order, in `content/claims/claims.json`. */
export const claimSchema = z
	.strictObject({
		/** Stable id, e.g. `window-reference-point`. */
		id: idSchema,
		/** Short label for matrix headings, e.g. "30-day window: before what?" */
		short: z.string().min(1).max(48),
		/** The question the claim answers, e.g. "Before what is the 30-day access window?" */
		question: z.string().min(1),
		/** The order's own answer, when the text has one. */
		orderAnswer: z.string().optional(),
		/** Order section entry id the answer rests on. */
		section: idSchema.optional(),
		/** Sub-section the answer rests on, e.g. "3(a)"; named in the pin cite with `frPage`. */
		subsection: z
			.string()
			.regex(/^\d\([a-z]\)(\([ivx]+\))?$/, 'must look like 3(a) or 2(c)(iii)')
			.optional(),
		/**
		 * Requirement (milestone entry) ids the claim is about, named only where the fact base or
		 * the claim's own text ties it to them; checked against the milestones at build time.
		 */
		requirements: z.array(idSchema).default([]),
		/** Federal Register page of the answer, only when confirmed for `subsection`. */
		frPage: z.number().int().positive().optional(),
		/** Why sources disagree and where the error likely began. */
		explanation: z.string().min(1),
		/** Each source's position. */
		positions: z.array(positionSchema).min(1),
	})
	.superRefine((claim, ctx) => {
		claim.positions.forEach((p, i) => {
			if (p.stance === 'differs' && !p.says) {
				ctx.addIssue({
					code: 'custom',
					path: ['positions', i, 'says'],
					message: 'is required when stance is "differs"',
				});
			}
		});
	});
export type Claim = z.infer<typeof claimSchema>;
