/**
 * "Cite this page" for the tracker's own pages (a requirement, a claim): the page as a source
 * record, so that the one set of citation formats in cite.ts serves both. The page is dated and
 * accessed on the build date, the day its content was computed.
 */
import type { IsoDay } from './dates.ts';
import type { Source } from './schemas/source.ts';
import { SITE_NAME } from './site.ts';

/** A source record for this site's page `title` at absolute `url`, keyed `eo14409-tracker-<key>`. */
export function pageSource(key: string, title: string, url: string, buildDate: IsoDay): Source {
	return {
		id: `eo14409-tracker-${key}`,
		title,
		publisher: SITE_NAME,
		short: SITE_NAME,
		kind: 'research-note',
		date: buildDate,
		datePrecision: 'day',
		url,
		urlStatus: 'confirmed',
		tier: 'secondary',
		tierReason: 'This tracker’s own analysis, built from the sources it cites.',
		summary: title,
		access: 'stored-copy',
		added: buildDate,
		corrections: [],
	};
}
