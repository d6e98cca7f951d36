/**
 * News items as feed updates, dated honestly. An item with a publication day (from its feed, the
 * page's metadata or its address) is filed at that day or instant and says where the date was read.
 * An item without one is filed when the tracker first saw it and says "Publication date unknown,
 * first seen …"; when it came in the store's first import, or with three or more other undated
 * items in one reading, it is batched, so that a backlog reaches subscribers as one item rather
 * than as a flood of "new" ones. The renderings of one Federal Register document (HTML, text, PDF,
 * API record) published the same day are batched as one item. Pure.
 */
import { inertText } from '../inert-text.ts';
import type { NewsItem } from '../schemas/news.ts';
import { dateText, feedInstant, knownDate } from './news-dates.ts';
import type { Batch, Update } from './updates.ts';

/** A Federal Register document number in a federalregister.gov or govinfo.gov address. */
const FR_DOCUMENT = /^(?:www\.)?(?:federalregister|govinfo)\.gov$/;
const DOC_NUMBER = /\b(\d{4}-\d{5})\b/;

/** The Federal Register document an address renders, or null. */
export function frDocument(url: string): string | null {
	const u = new URL(url);
	if (!FR_DOCUMENT.test(u.hostname)) return null;
	return DOC_NUMBER.exec(u.pathname)?.[1] ?? null;
}

/** More undated items than this, first seen in one reading, are a batch even after the first import. */
const UNDATED_BATCH_MIN = 4;

/** Every news item as an update; `agenciesOf` maps milestone ids to the bodies they concern. */
export function newsUpdates(
	news: readonly NewsItem[],
	agenciesOf: (milestones: readonly string[]) => string[],
): Update[] {
	const firstImport = news.map((n) => n.firstSeen).sort()[0];
	return news.map((n) => {
		const date = knownDate(n);
		const instant = feedInstant(date);
		const doc = instant ? frDocument(n.url) : null;
		const when = dateText(date, n.firstSeen);
		let batch: Batch | null = null;
		if (doc && instant) batch = { kind: 'document', key: `document:${doc}:${instant}`, min: 2 };
		if (!instant)
			batch = {
				kind: 'news-backlog',
				key: `news-backlog:${n.firstSeen}`,
				min: n.firstSeen === firstImport ? 1 : UNDATED_BATCH_MIN,
				label: `${n.title}, ${n.publisher}. ${when}`,
			};
		return {
			guid: n.url,
			guidIsPermaLink: true,
			kind: 'news',
			// Feed text stored before ingestion made it inert is made inert here too: every feed
			// output (RSS, JSON Feed) reads its titles and descriptions from these updates.
			title: inertText(n.title),
			link: n.url,
			date: instant ?? new Date(n.firstSeen).toISOString(),
			description: inertText([`${n.publisher}.`, when, n.summary ?? ''].filter(Boolean).join(' ')),
			topics: n.topics,
			agencies: agenciesOf(n.milestones),
			// The requirement it concerns when it names exactly one, for grouping on /changes/.
			milestone: n.milestones.length === 1 ? n.milestones[0]! : null,
			batch,
			parts: [],
		};
	});
}
