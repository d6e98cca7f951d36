/**
 * What is known of a news item's publication date, and from where: the feed's own date (to the
 * instant, or to the day when the feed gave midnight), a date the aggregator recorded from the
 * page's metadata (`dateEvidence` in the store), or a date written in the item's address
 * (`/2026/06/` or `/2026/06/02/`). Nothing else is used: an item with none of these has an
 * unknown date. Pure.
 */
import { formatDay, formatFuzzyDay, type IsoDay } from '../dates.ts';
import type { NewsItem } from '../schemas/news.ts';

/** A publication date as far as it is known. */
export interface KnownDate {
	/** ISO instant for `instant`, YYYY-MM-DD for `day`, YYYY-MM for `month`. */
	value: string;
	precision: 'instant' | 'day' | 'month';
	/** Where it was read. */
	from: 'feed' | 'page-metadata' | 'url-path';
}

/** A year, month and optional day as consecutive segments of a URL path. */
const DATED_PATH = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(?:(0[1-9]|[12]\d|3[01])\/)?/;

/** The date written in a URL's path (`/2026/06/` or `/2026/06/02/`), or null. */
export function urlPathDate(url: string): KnownDate | null {
	const m = DATED_PATH.exec(new URL(url).pathname);
	if (!m) return null;
	const [, y, mo, d] = m;
	return d
		? { value: `${y}-${mo}-${d}`, precision: 'day', from: 'url-path' }
		: { value: `${y}-${mo}`, precision: 'month', from: 'url-path' };
}

/** The best recorded publication date of a news item, or null when nothing records one. */
export function knownDate(
	item: Pick<NewsItem, 'published' | 'dateSource' | 'url' | 'dateEvidence'>,
): KnownDate | null {
	if (item.dateSource === 'feed') {
		const midnight = item.published.slice(10) === 'T00:00:00.000Z';
		return midnight
			? { value: item.published.slice(0, 10), precision: 'day', from: 'feed' }
			: { value: item.published, precision: 'instant', from: 'feed' };
	}
	if (item.dateEvidence) {
		const { date, from } = item.dateEvidence;
		return { value: date, precision: date.length === 7 ? 'month' : 'day', from };
	}
	return urlPathDate(item.url);
}

/** The UTC instant a dated item is filed at in a feed: its instant, or midnight of its day; null for a month. */
export function feedInstant(date: KnownDate | null): string | null {
	if (date === null || date.precision === 'month') return null;
	return date.precision === 'instant'
		? new Date(date.value).toISOString()
		: `${date.value}T00:00:00.000Z`;
}

const FROM: Record<KnownDate['from'], string> = {
	feed: '',
	'page-metadata': ', from the page’s own metadata',
	'url-path': ', from the date in its address',
};

/**
 * The date in words for an item's text: "Published June 2, 2026." at its precision and with where
 * it was read, or "Publication date unknown, first seen November 23, 2026." when nothing records it.
 */
export function dateText(date: KnownDate | null, firstSeen: string): string {
	const seen = formatDay(firstSeen.slice(0, 10) as IsoDay);
	if (date === null) return `Publication date unknown, first seen ${seen}.`;
	if (date.precision === 'month')
		return `Published in ${formatFuzzyDay(`${date.value}-01`, 'month')}${FROM[date.from]}; day unknown, first seen ${seen}.`;
	return `Published ${formatDay(date.value.slice(0, 10))}${FROM[date.from]}.`;
}
