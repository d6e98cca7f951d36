/** A small, valid `SiteContent` for tests; each test breaks one thing. Synthetic data only. */
import type { SiteContent } from '../../src/lib/content/integrity.ts';

/** `SiteContent` with arrays a test may extend. */
export type MutableContent = { [K in keyof SiteContent]: Array<SiteContent[K][number]> };

export function validContent(): MutableContent {
	return {
		order: [
			{
				id: 'section-2',
				filePath: 'content/order/section-2.mdx',
				body: 'Text <Cite ids="src-a" /> and <TermRef id="thing">a thing</TermRef>.\n',
				data: {
					section: 2,
					heading: 'Heading',
					headingKind: 'order',
					short: 'Short',
					summary: 'Summary.',
					description: 'Description.',
					frPages: [],
					actors: ['agency-a'],
					terms: [{ id: 'thing', term: 'Thing', definition: 'A thing.', sources: ['src-a'] }],
					sources: [],
				},
			},
		],
		milestones: [
			{
				id: '2a-example',
				filePath: 'content/milestones/2a-example.json',
				data: {
					section: 'section-2',
					subsection: '2(a)',
					letterInferred: false,
					aliases: [],
					title: 'Do a thing',
					deliverable: 'A thing.',
					lead: ['agency-a'],
					consulted: [],
					deadline: { kind: 'days', days: 30 },
					classified: false,
					sources: ['src-a'],
					evidence: [
						{
							date: '2026-07-01',
							precision: 'day',
							note: 'Done, the agency says.',
							sources: ['src-a'],
							confidence: 'secondary',
							shows: 'delivered',
							basis: 'public-record',
						},
					],
					lastChecked: '2026-10-10',
					order: 0,
				},
			},
		],
		agencies: [
			{
				id: 'agency-a',
				filePath: 'content/agencies/agencies.json',
				data: {
					id: 'agency-a',
					name: 'Agency A',
					short: 'AA',
					aliases: [],
					kind: 'department',
					role: 'the Secretary of A',
					url: 'https://example.org/',
					feeds: [],
					sources: [],
				},
			},
		],
		sources: [
			{
				id: 'src-a',
				filePath: 'content/sources/sources.json',
				data: {
					id: 'src-a',
					title: 'Source A',
					titleSource: 'Test fixture',
					publisher: 'Example Publisher',
					short: 'Example',
					kind: 'news',
					datePrecision: 'day',
					url: 'https://example.com/a',
					urlStatus: 'confirmed',
					tier: 'secondary',
					tierReason: 'Test.',
					summary: 'Test.',
					access: 'relayed',
					added: '2026-11-23',
					corrections: [],
				},
			},
		],
		claims: [
			{
				id: 'claim-a',
				filePath: 'content/claims/claims.json',
				data: {
					id: 'claim-a',
					short: 'Q',
					question: 'Q?',
					explanation: 'E.',
					section: 'section-2',
					requirements: [],
					positions: [{ source: 'src-a', stance: 'agrees' }],
				},
			},
		],
		events: [
			{
				id: 'event-a',
				filePath: 'content/events/events.json',
				data: {
					id: 'event-a',
					date: '2026-06-02',
					precision: 'day',
					title: 'Event',
					label: 'Event (reported)',
					summary: 'Happened, according to Example.',
					lane: 'white-house',
					sources: ['src-a'],
					confidence: 'secondary',
					milestones: ['2a-example'],
					sections: ['section-2'],
				},
			},
		],
		feeds: [
			{
				id: 'feed-a',
				filePath: 'content/feeds/feeds.json',
				data: {
					id: 'feed-a',
					title: 'Feed A',
					publisher: 'Example',
					agency: 'agency-a',
					kind: 'official',
					url: 'https://example.org/feed.xml',
					urlConfidence: 'high',
					topics: ['order'],
					confidence: 'primary',
				},
			},
		],
		changelog: [
			{
				id: 'first',
				filePath: 'content/changelog/changelog.json',
				data: { id: 'first', date: '2026-06-03', title: 'First', summary: 'First build.' },
			},
		],
		feedState: [
			{
				id: 'feed-a',
				filePath: 'state/feed-state.json',
				data: {
					id: 'feed-a',
					etag: null,
					lastModified: null,
					lastAttempt: '2026-06-03T13:00:00Z',
					lastSuccess: '2026-06-03T13:00:00Z',
					result: 'ok',
					error: null,
					entries: 3,
					kept: 1,
					dropped: { irrelevant: 2 },
				},
			},
		],
		news: [
			{
				id: 'news-a',
				filePath: 'content/news/news.json',
				data: {
					id: 'news-a',
					feed: 'feed-a',
					guid: null,
					title: 'News',
					url: 'https://example.com/news',
					publisher: 'Example',
					kind: 'press',
					published: '2026-06-03T12:00:00Z',
					dateSource: 'feed',
					flags: [],
					summary: null,
					topics: ['order'],
					matches: [
						{
							rule: 'order-number',
							topic: 'order',
							phrase: 'Executive Order 14409',
							field: 'title',
						},
					],
					milestones: ['2a-example'],
					alsoReportedBy: [],
					firstSeen: '2026-06-03T13:00:00Z',
					updated: '2026-06-03T13:00:00Z',
				},
			},
		],
	};
}
