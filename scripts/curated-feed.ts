/**
 * `npm run feeds:curated`: writes content/feeds/curated.xml from content/sources/sources.json.
 * Run it after adding or correcting a source; a unit test fails while the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
	loadSources,
	CURATED_FEED_FILE,
	SOURCES_FILE,
} from '../src/lib/aggregator/curated/curated-files.ts';
import { curatedFeedXml } from '../src/lib/aggregator/curated/curated.ts';
import { SITE_NAME } from '../src/lib/site.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const sources = loadSources(readFileSync(`${root}${SOURCES_FILE}`, 'utf8'));
writeFileSync(`${root}${CURATED_FEED_FILE}`, curatedFeedXml(sources, SITE_NAME));
console.log(`Wrote ${CURATED_FEED_FILE}`);
