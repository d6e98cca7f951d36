/** Where the curated feed and its input live, and how the input is read and validated. */
import { parseJsonArray } from '../content/json-array.ts';
import { sourceSchema, type Source } from '../schemas/source.ts';

/** The source catalogue, relative to the project root. */
export const SOURCES_FILE = 'content/sources/sources.json';
/** The curated feed written from it, relative to the project root. */
export const CURATED_FEED_FILE = 'content/feeds/curated.xml';

/** The sources in `text` (the contents of SOURCES_FILE), validated; throws naming the entry. */
export function loadSources(text: string): Source[] {
	return parseJsonArray(text, SOURCES_FILE).map((entry, index) => {
		const parsed = sourceSchema.safeParse(entry);
		if (!parsed.success) {
			const issue = parsed.error.issues[0]!;
			throw new Error(
				`${SOURCES_FILE}: entry [${index}] field "${issue.path.join('.')}": ${issue.message}`,
			);
		}
		return parsed.data;
	});
}
