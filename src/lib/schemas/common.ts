import { z } from 'astro/zod';
import { isIsoDay } from '../dates.ts';

/** A stable, URL-safe identifier: lowercase letters, digits and single hyphens. */
export const idSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

/** A UTC calendar day written `YYYY-MM-DD` that exists on the calendar. */
export const isoDaySchema = z
	.string()
	.refine(isIsoDay, { message: 'must be a real calendar date written YYYY-MM-DD' });

/** How precisely a date is known: to the day, to the month, or only approximately. */
export const datePrecisionSchema = z.enum(['day', 'month', 'approximate']);

/**
 * Confidence grade of a fact, from the fact base's tags: `primary` [P] (the order, an agency
 * release), `secondary` [S] (news, law firms, think tanks), `lead` [R] (third-party notes that
 * need re-verification; shown as lower confidence).
 */
export const confidenceSchema = z.enum(['primary', 'secondary', 'lead']);
export type Confidence = z.infer<typeof confidenceSchema>;

/** An absolute http(s) URL. */
export const webUrlSchema = z.url({
	protocol: /^https?$/,
	message: 'must be an absolute http(s) URL',
});

/** A list of source ids (checked against the `sources` collection at build). */
export const sourceIdsSchema = z.array(idSchema);
