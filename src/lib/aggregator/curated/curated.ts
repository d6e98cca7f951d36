/**
 * The curated local feed: an RSS 2.0 document with one item per source in the fact base that has
 * a confirmed address (title, publisher, date and URL exactly as recorded there). An item's title
 * is the work's exact title, or our description of it in square brackets. The aggregator
 * reads it like any other feed, so a machine with no network still builds a full news page.
 */
import type { Source } from '../../schemas/source.ts';
import { ORDER } from '../../order-document.ts';
import { sourceName } from '../../source-labels.ts';
import { escapeXml } from '../../xml.ts';
import { dayToUtcMs } from '../../dates.ts';

/** Kinds of source that are publications a reader can open; research notes are not. */
const PUBLISHED_KINDS = new Set([
	'primary',
	'agency',
	'news',
	'legal-analysis',
	'think-tank',
	'trade-or-blog',
]);

/** The sources that become items: published, with a confirmed URL; in a stable order. */
export function curatedSources(sources: readonly Source[]): Source[] {
	return sources
		.filter((s) => s.url && s.urlStatus === 'confirmed' && PUBLISHED_KINDS.has(s.kind))
		.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
}

/**
 * The feed document. A source dated only to the month or not at all gets no `pubDate`: the
 * aggregator then shows it as undated rather than on an invented day.
 */
export function curatedFeedXml(sources: readonly Source[], siteName: string): string {
	// The channel links to the order's official text, so the file does not depend on the host.
	const home = sources.find((s) => s.id === ORDER.officialTexts[0])?.url;
	if (!home) throw new Error(`The source ${ORDER.officialTexts[0]} has no URL`);
	const items = curatedSources(sources).map((s) => {
		const date =
			s.date && s.datePrecision === 'day'
				? `\n\t\t\t<pubDate>${new Date(dayToUtcMs(s.date)).toUTCString()}</pubDate>`
				: '';
		const name = sourceName(s);
		const title = name.kind === 'title' ? name.text : `[${name.text}]`;
		return [
			'\t\t<item>',
			`\t\t\t<title>${escapeXml(title)}</title>`,
			`\t\t\t<link>${escapeXml(s.url!)}</link>`,
			`\t\t\t<guid isPermaLink="true">${escapeXml(s.url!)}</guid>${date}`,
			`\t\t\t<dc:creator>${escapeXml(s.publisher)}</dc:creator>`,
			`\t\t\t<category>${escapeXml(s.kind)}</category>`,
			`\t\t\t<description>${escapeXml(s.summary)}</description>`,
			'\t\t</item>',
		].join('\n');
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">',
		'\t<channel>',
		`\t\t<title>${escapeXml(siteName)}: curated coverage</title>`,
		`\t\t<link>${escapeXml(home)}</link>`,
		"\t\t<description>Articles, releases and analyses of Executive Order 14409 listed in the tracker's fact base.</description>",
		'\t\t<language>en-us</language>',
		...items,
		'\t</channel>',
		'</rss>',
		'',
	].join('\n');
}
