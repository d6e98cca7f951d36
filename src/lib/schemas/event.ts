import { z } from 'astro/zod';
import {
	confidenceSchema,
	datePrecisionSchema,
	idSchema,
	isoDaySchema,
	sourceIdsSchema,
} from './common.ts';
import { LABEL_CHARS } from '../timeline/label.ts';

/** Timeline lanes. */
const laneSchema = z.enum([
	'white-house',
	'agencies',
	'industry',
	'congress',
	'context',
	'coverage',
]);
export type Lane = z.infer<typeof laneSchema>;

/** One dated event in `content/events/events.json`. Deadlines come from milestones, not here. */
export const eventSchema = z.strictObject({
	/** Stable id, used as the timeline anchor. */
	id: idSchema,
	/** Start day (first of the month when precision is `month`). */
	date: isoDaySchema,
	/** How precisely `date` is known. */
	precision: datePrecisionSchema,
	/** Optional end day for spans. */
	end: isoDaySchema.optional(),
	/** Short title. */
	title: z.string().min(1).max(120),
	/**
	 * The chart's label: the title shortened to one line, in our words, with no fact the title or
	 * summary does not state, and hedged wherever the title must be.
	 */
	label: z.string().min(1).max(LABEL_CHARS),
	/** One paragraph in our words. */
	summary: z.string().min(1),
	/** Timeline lane. */
	lane: laneSchema,
	/** Sources (at least one). */
	sources: sourceIdsSchema.min(1),
	/** Confidence of the best source. */
	confidence: confidenceSchema,
	/** Related milestones (ids). */
	milestones: z.array(idSchema).default([]),
	/** Related order sections (ids). */
	sections: z.array(idSchema).default([]),
	/**
	 * Names, figures and dates the title or summary states, as written there; each must be among
	 * the `supports` of a cited source (checked at build).
	 */
	specifics: z.array(z.string().min(1)).optional(),
});
export type TimelineEvent = z.infer<typeof eventSchema>;
