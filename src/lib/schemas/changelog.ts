import { z } from 'astro/zod';
import { idSchema, isoDaySchema } from './common.ts';

/** One editorial update in `content/changelog/changelog.json`, shown at /about/changelog/ and in the feeds. */
export const changelogEntrySchema = z.strictObject({
	/** Stable id; also the entry's anchor and the stem of its feed GUID. */
	id: idSchema,
	/** Day of the change (UTC). */
	date: isoDaySchema,
	/** What changed, in a few words. */
	title: z.string().min(1).max(120),
	/** What changed and why, in a sentence or two. */
	summary: z.string().min(1),
});
export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;
