/** The feeds the tracker itself reads, as an OPML 2.0 subscription list grouped by kind. Pure. */
import type { Feed } from '../schemas/feed.ts';
import { escapeXml } from '../xml.ts';

const GROUP = { official: 'Official sources', press: 'Press' } as const;

/** OPML 2.0 with one outline per web feed (the local curated feed has no address and is left out). */
export function opmlDocument(feeds: readonly Feed[], title: string, created: Date): string {
	const groups = (Object.keys(GROUP) as Array<keyof typeof GROUP>).map((kind) => {
		const outlines = feeds
			.filter((f) => f.kind === kind && /^https?:/.test(f.url))
			.map(
				(f) =>
					`\t\t\t<outline type="rss" text="${escapeXml(f.title)}" title="${escapeXml(f.title)}" xmlUrl="${escapeXml(f.url)}" description="${escapeXml(`${f.publisher}. ${f.notes ?? ''}`.trim())}"/>`,
			);
		return [
			`\t\t<outline text="${GROUP[kind]}" title="${GROUP[kind]}">`,
			...outlines,
			'\t\t</outline>',
		].join('\n');
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<opml version="2.0">',
		'\t<head>',
		`\t\t<title>${escapeXml(title)}</title>`,
		`\t\t<dateCreated>${created.toUTCString()}</dateCreated>`,
		'\t</head>',
		'\t<body>',
		...groups,
		'\t</body>',
		'</opml>',
		'',
	].join('\n');
}
