/** Where the curated feed and its input live, and how the input is read and validated. */
import { parseJsonArray, validateEntries } from '../../content/validate.ts';
import { sourceSchema, type Source } from '../../schemas/source.ts';

/** The source catalogue, relative to the project root. */
export const SOURCES_FILE = 'content/sources/sources.json';
/** The curated feed written from it, relative to the project root. */
export const CURATED_FEED_FILE = 'content/feeds/curated.xml';

/** The sources in `text` (the contents of SOURCES_FILE), validated; throws naming the entry. */
export function loadSources(text: string): Source[] {
	return validateEntries(parseJsonArray(text, SOURCES_FILE), sourceSchema, SOURCES_FILE);
}
