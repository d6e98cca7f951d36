import { z } from 'astro/zod';
import { idSchema, sourceIdsSchema, webUrlSchema } from './common.ts';

/**
 * A body the order names, or one it is often linked to, as it appears in
 * `content/agencies/agencies.json`.
 */
export const agencySchema = z.strictObject({
	/** Stable id, e.g. `cisa`. */
	id: idSchema,
	/** Full name, e.g. "Cybersecurity and Infrastructure Security Agency". */
	name: z.string().min(1),
	/** Short name or acronym used in tables, e.g. "CISA". */
	short: z.string().min(1).max(24),
	/**
	 * Other names readers search for it by (former names, the title of its head, a program it
	 * runs, people who lead it), each supported by `sources`. Matched by search, not shown.
	 */
	aliases: z.array(z.string().min(1)).default([]),
	/** What kind of body it is. */
	kind: z.enum(['white-house', 'department', 'component', 'committee', 'official']),
	/** Parent body (agency id) when it acts "through" or "within" another, e.g. CISA within DHS. */
	parent: idSchema.optional(),
	/**
	 * Set only for a body the order does not name (per the fact base): why the site lists it anyway.
	 * Such bodies are kept out of every list of the bodies the order names.
	 */
	notNamed: z.string().min(1).optional(),
	/** How the order refers to it, in a few words (e.g. "the Secretary of the Treasury"). */
	role: z.string().min(1),
	/** Official website. Omitted rather than guessed. */
	url: webUrlSchema.optional(),
	/** Ids of entries in the `feeds` collection published by this body. */
	feeds: z.array(idSchema).default([]),
	/** Sources that confirm what is said here about the body. */
	sources: sourceIdsSchema.default([]),
});
export type Agency = z.infer<typeof agencySchema>;
