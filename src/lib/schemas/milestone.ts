import { z } from 'astro/zod';
import {
	confidenceSchema,
	datePrecisionSchema,
	idSchema,
	isoDaySchema,
	sourceIdsSchema,
} from './common.ts';

/** When a requirement is due: a number of days after the order, no deadline, or continuing duty. */
const deadlineSchema = z.discriminatedUnion('kind', [
	z.strictObject({
		/** Due a fixed number of days after the date of the order. */
		kind: z.literal('days'),
		/** Days after the date of the order (the order's date is day 0). */
		days: z.number().int().positive(),
	}),
	/** The order sets no deadline. */
	z.strictObject({ kind: z.literal('none') }),
	/** A continuing duty with no end. */
	z.strictObject({ kind: z.literal('ongoing') }),
]);
export type Deadline = z.infer<typeof deadlineSchema>;

/** The kind of evidence behind an entry. */
const evidenceBasisSchema = z.enum([
	'government-claim',
	'public-record',
	'press-report',
	'absence',
]);
export type EvidenceBasis = z.infer<typeof evidenceBasisSchema>;

/**
 * What an evidence entry shows about the requirement. Each value feeds exactly one of the
 * published status rules (`SHOWS_RULE`), so the type of an entry decides which rule it can fire.
 */
const evidenceShowsSchema = z.enum([
	'delivered',
	'delivered-in-part',
	'delivery-claimed',
	'started',
	'nothing-public',
	'context',
]);
export type EvidenceShows = z.infer<typeof evidenceShowsSchema>;
/** Every `shows` value, in the order of the rules they feed. */
export const EVIDENCE_SHOWS: readonly EvidenceShows[] = evidenceShowsSchema.options;

/**
 * For each `shows` value, the published status rule it feeds (numbered as on the about page) and
 * the kinds of evidence it may rest on. A delivery known only from a government statement or a
 * press report is `delivery-claimed` (rule 5), never `delivered`; an entry that only describes
 * work under way is `started`; `context` feeds no rule.
 */
export const SHOWS_RULE: Record<
	EvidenceShows,
	{ rule: 3 | 4 | 5 | 7 | null; bases: readonly EvidenceBasis[] }
> = {
	delivered: { rule: 3, bases: ['public-record'] },
	'delivered-in-part': { rule: 4, bases: ['public-record'] },
	'delivery-claimed': { rule: 5, bases: ['government-claim', 'press-report'] },
	started: { rule: 7, bases: ['government-claim', 'public-record', 'press-report'] },
	'nothing-public': { rule: 7, bases: ['absence'] },
	context: { rule: null, bases: ['government-claim', 'public-record', 'press-report', 'absence'] },
};

/** `shows` values that say the deliverable, or part of it, was done (rules 3 to 5). */
const DELIVERY_SHOWS: readonly EvidenceShows[] = [
	'delivered',
	'delivered-in-part',
	'delivery-claimed',
];

/** One dated entry in a requirement's append-only evidence log. */
const evidenceSchema = z
	.strictObject({
		/** The day the evidence is dated (the event, or for `nothing-public` the day of the check). */
		date: isoDaySchema,
		/** How precisely `date` is known; for `month`, `date` is the first of the month. */
		precision: datePrecisionSchema.default('day'),
		/** What happened, one line in our words. */
		note: z.string().min(1),
		/** Sources for the entry. */
		sources: sourceIdsSchema.min(1),
		/** Confidence of the best source behind the entry. */
		confidence: confidenceSchema,
		/** What the entry shows; must be one `SHOWS_RULE` allows for `basis`. */
		shows: evidenceShowsSchema,
		/** Whether the entry is a government claim, a press report, a public record or a search. */
		basis: evidenceBasisSchema,
		/**
		 * Only on a delivery entry whose link to the order is not confirmed: what is unconfirmed, in
		 * one line. Shown as its own note beside the status, never folded into the status.
		 */
		attributionUnconfirmed: z.string().min(1).optional(),
		/**
		 * The day this entry, as now typed, entered the log, when that was after the site's first
		 * publication (an entry added or re-typed by a later correction). Dates its feed items.
		 */
		recorded: isoDaySchema.optional(),
	})
	.superRefine((e, ctx) => {
		const allowed = SHOWS_RULE[e.shows].bases;
		if (!allowed.includes(e.basis)) {
			ctx.addIssue({
				code: 'custom',
				path: ['basis'],
				message:
					e.shows === 'delivered' || e.shows === 'delivered-in-part'
						? `"${e.shows}" needs a public record; a delivery known only from a government statement or a press report is "delivery-claimed"`
						: `"${e.shows}" cannot rest on "${e.basis}"; allowed: ${allowed.join(', ')}`,
			});
		}
		if (e.recorded !== undefined && e.recorded < e.date) {
			ctx.addIssue({
				code: 'custom',
				path: ['recorded'],
				message: `an entry cannot be recorded (${e.recorded}) before the day it is dated (${e.date})`,
			});
		}
		if (e.attributionUnconfirmed !== undefined && !DELIVERY_SHOWS.includes(e.shows)) {
			ctx.addIssue({
				code: 'custom',
				path: ['attributionUnconfirmed'],
				message: `only a delivery entry (${DELIVERY_SHOWS.join(', ')}) can have an unconfirmed attribution`,
			});
		}
	});
export type Evidence = z.infer<typeof evidenceSchema>;

/** One requirement of the order (`content/milestones/<id>.json`; the file name is the id). */
export const milestoneSchema = z.strictObject({
	/** Section entry id in the `order` collection, e.g. `section-2`. */
	section: idSchema,
	/** Subsection as cited, e.g. "2(c)(i)". */
	subsection: z
		.string()
		.regex(/^\d\([a-z]\)(\([ivx]+\))?$|^\d$/, 'must look like 2(c), 2(c)(iii) or 4'),
	/** True when the subsection letter is inferred from order of presentation, not confirmed. */
	letterInferred: z.boolean(),
	/** Short title of the requirement. */
	title: z.string().min(1).max(90),
	/**
	 * Other names readers search for it by (a program name such as GOLD EAGLE, a directive such as
	 * BOD 26-04), each supported by its evidence. Matched by search, not shown.
	 */
	aliases: z.array(z.string().min(1)).default([]),
	/** The deliverable in plain words. */
	deliverable: z.string().min(1),
	/** The order's own words for the requirement, where a source relays them verbatim. */
	quote: z
		.strictObject({
			/** Verbatim text of the order (may be a fragment; `…` marks a cut). */
			text: z.string().min(1),
			/** Source through which we have the words. */
			source: idSchema,
			/** Federal Register page, only when confirmed. */
			frPage: z.number().int().positive().optional(),
		})
		.optional(),
	/** Lead bodies (agency ids). */
	lead: z.array(idSchema).min(1),
	/** Bodies to be consulted (agency ids). */
	consulted: z.array(idSchema).default([]),
	/** Note on the consultation list where sources disagree on it. */
	consultedNote: z.string().optional(),
	/** When it is due. */
	deadline: deadlineSchema,
	/** True when the deliverable is classified by design, so public evidence cannot show it. */
	classified: z.boolean().default(false),
	/** Sources for the requirement itself (what the order asks). */
	sources: sourceIdsSchema.min(1),
	/** Append-only evidence log, oldest first. */
	evidence: z.array(evidenceSchema).default([]),
	/** The last day public records were searched for this requirement. */
	lastChecked: isoDaySchema,
	/** Display order within the section. */
	order: z.number().int().nonnegative(),
});
export type MilestoneData = z.infer<typeof milestoneSchema>;
