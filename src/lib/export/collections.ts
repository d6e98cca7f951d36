/**
 * The collections a researcher analyses, as downloadable rows: sources, claims, each source's
 * stance on each claim, timeline events and news items. Each row type is a zod schema whose field
 * descriptions are the data dictionary on /data/ and whose JSON Schema is published beside the
 * data; the same rows are written as JSON (with `schemaVersion`) and as CSV. Ids are the content
 * ids, stable across builds. Pure.
 */
import { z } from 'astro/zod';
import type { IsoDay } from '../dates.ts';
import { sourceKindSchema } from '../schemas/source.ts';
import { ORDER } from '../order-document.ts';
import type { Site } from '../site-data.ts';
import type { UrlFor } from './milestone-records.ts';
import { route } from '../href.ts';

/** Version of the row shapes below; raised when a field is renamed, removed or changes meaning. */
export const SCHEMA_VERSION = 1;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const precision = z.enum(['day', 'month', 'approximate']);
const grade = z.enum(['primary', 'secondary', 'lead']);
const list = (what: string) => z.string().describe(`${what}, separated by "; " (empty when none).`);

const sourceRowSchema = z.strictObject({
	id: z.string().describe('Stable id of the source.'),
	page: z.string().describe('Its page on this site.'),
	title: z
		.string()
		.nullable()
		.describe('The work’s exact title, when recorded; empty when only our description is known.'),
	description: z
		.string()
		.nullable()
		.describe(
			'Our own description of the work, when its exact title is not recorded. Not a title.',
		),
	publisher: z.string().describe('Publisher or outlet.'),
	kind: sourceKindSchema.describe('What kind of publication it is.'),
	date: day.nullable().describe('Publication date (YYYY-MM-DD); empty when unknown.'),
	datePrecision: precision.describe(
		'How precisely the date is known: day, month (the date is the 1st) or approximate.',
	),
	url: z.string().nullable().describe('Link to the work; empty when not known.'),
	urlStatus: z
		.enum(['confirmed', 'unconfirmed'])
		.describe('Whether the link is confirmed or only cited by others.'),
	confidence: grade.describe('Confidence grade: primary, secondary or lead (lower confidence).'),
	confidenceReason: z.string().describe('Why it has that grade.'),
	access: z
		.enum(['stored-copy', 'relayed', 'listed', 'seed-article', 'not-read'])
		.describe('How we read it (see the source pages).'),
	summary: z.string().describe('What the source emphasizes, in our words.'),
	added: day.describe('The day the source entered the tracker (YYYY-MM-DD).'),
	corrections: list('Corrections to the record since then, each as "YYYY-MM-DD: what"'),
});

const claimRowSchema = z.strictObject({
	id: z.string().describe('Stable id of the claim.'),
	page: z.string().describe('Its page on this site.'),
	question: z.string().describe('The question the claim answers.'),
	orderAnswer: z
		.string()
		.nullable()
		.describe('The order’s own answer, when its text has one; empty otherwise.'),
	subsection: z
		.string()
		.nullable()
		.describe('Subsection of the order the answer rests on, e.g. 3(a); empty when none.'),
	requirements: list('Ids of the requirements the claim is about'),
	explanation: z.string().describe('Why sources disagree and where the error likely began.'),
	agrees: z.number().int().describe('Number of sources that state it as the order does.'),
	differs: z.number().int().describe('Number of sources that state it differently.'),
	silent: z.number().int().describe('Number of sources read in full that do not address it.'),
});

const stanceRowSchema = z.strictObject({
	claim: z.string().describe('Claim id (see claims).'),
	source: z.string().describe('Source id (see sources).'),
	stance: z
		.enum(['agrees', 'differs', 'silent'])
		.describe(
			'agrees: states it as the order does; differs: states it differently; silent: read in full, does not address it. A source not listed was not assessed.',
		),
	says: z.string().nullable().describe('What the source says, paraphrased; given when it differs.'),
});

const eventRowSchema = z.strictObject({
	id: z.string().describe('Stable id of the event; the timeline anchor.'),
	page: z.string().describe('The event on the timeline.'),
	date: day.describe('Start day (YYYY-MM-DD); the 1st of the month when precision is month.'),
	precision: precision.describe('How precisely the date is known.'),
	end: day.nullable().describe('End day of a span; empty for a single day.'),
	title: z.string().describe('Short title.'),
	summary: z.string().describe('What happened, in our words.'),
	lane: z.string().describe('Timeline lane.'),
	confidence: grade.describe('Confidence grade of its best source.'),
	sources: list('Source ids'),
	milestones: list('Related requirement ids'),
});

const newsRowSchema = z.strictObject({
	id: z.string().describe('Stable id, derived from the item’s canonical address.'),
	title: z.string().describe('Title as the feed gives it.'),
	url: z.string().describe('Link to the item.'),
	publisher: z.string().describe('Publisher.'),
	feedKind: z.enum(['official', 'press', 'curated']).describe('Kind of feed it came from.'),
	published: z
		.string()
		.describe('Publication instant (ISO 8601, UTC), or when we first saw it (see dateSource).'),
	dateSource: z
		.enum(['feed', 'first-seen'])
		.describe('Whether the date came from the feed or is when we first saw the item.'),
	summary: z.string().nullable().describe('Plain-text summary from the feed; empty when none.'),
	topics: list('Topics matched'),
	matchedBecause: list('The phrases that matched, with where they were found'),
	milestones: list('Related requirement ids'),
});

type SourceRow = z.infer<typeof sourceRowSchema>;
type ClaimRow = z.infer<typeof claimRowSchema>;
type StanceRow = z.infer<typeof stanceRowSchema>;
type EventRow = z.infer<typeof eventRowSchema>;
type NewsRow = z.infer<typeof newsRowSchema>;

function sourceRows(site: Site, urlFor: UrlFor): SourceRow[] {
	return [...site.sources.values()].map((s) => ({
		id: s.id,
		page: urlFor(route.source(s.id)),
		title: s.title ?? null,
		description: s.description ?? null,
		publisher: s.publisher,
		kind: s.kind,
		date: s.date ?? null,
		datePrecision: s.datePrecision,
		url: s.url ?? null,
		urlStatus: s.urlStatus,
		confidence: s.tier,
		confidenceReason: s.tierReason,
		access: s.access,
		summary: s.summary,
		added: s.added,
		corrections: s.corrections.map((c) => `${c.date}: ${c.what}`).join('; '),
	}));
}

function claimRows(site: Site, urlFor: UrlFor): ClaimRow[] {
	const count = (c: Site['claims'][number], stance: StanceRow['stance']) =>
		c.positions.filter((p) => p.stance === stance).length;
	return site.claims.map((c) => ({
		id: c.id,
		page: urlFor(route.claim(c.id)),
		question: c.question,
		orderAnswer: c.orderAnswer ?? null,
		subsection: c.subsection ?? null,
		requirements: c.requirements.join('; '),
		explanation: c.explanation,
		agrees: count(c, 'agrees'),
		differs: count(c, 'differs'),
		silent: count(c, 'silent'),
	}));
}

function stanceRows(site: Site): StanceRow[] {
	return site.claims.flatMap((c) =>
		c.positions.map((p) => ({
			claim: c.id,
			source: p.source,
			stance: p.stance,
			says: p.says ?? null,
		})),
	);
}

function eventRows(site: Site, urlFor: UrlFor): EventRow[] {
	return site.events.map((e) => ({
		id: e.id,
		page: urlFor(route.event(e.id)),
		date: e.date,
		precision: e.precision,
		end: e.end ?? null,
		title: e.title,
		summary: e.summary,
		lane: e.lane,
		confidence: e.confidence,
		sources: e.sources.join('; '),
		milestones: e.milestones.join('; '),
	}));
}

function newsRows(site: Site): NewsRow[] {
	return site.news.map((n) => ({
		id: n.id,
		title: n.title,
		url: n.url,
		publisher: n.publisher,
		feedKind: n.kind,
		published: n.published,
		dateSource: n.dateSource,
		summary: n.summary,
		topics: n.topics.join('; '),
		matchedBecause: n.matches.map((m) => `“${m.phrase}” in ${m.field}`).join('; '),
		milestones: n.milestones.join('; '),
	}));
}

/** One downloadable collection: its files, its row schema and how its rows are made. */
export interface Collection {
	/** File name without extension, under /data/. */
	name: string;
	title: string;
	description: string;
	/** Key of the row array in the JSON document. */
	key: string;
	schema: z.ZodObject;
	rows: (site: Site, urlFor: UrlFor) => Array<Record<string, string | number | null>>;
	/** Another row set the JSON document carries beside the main one (the stances, with claims). */
	also?: Omit<Collection, 'name' | 'title' | 'description' | 'also'>;
}

export const COLLECTIONS: readonly Collection[] = [
	{
		name: 'sources',
		title: 'Sources',
		description: 'Every source the tracker cites, with its publisher, date and confidence grade.',
		key: 'sources',
		schema: sourceRowSchema,
		rows: sourceRows,
	},
	{
		name: 'claims',
		title: 'Claims',
		description:
			'Every checkable claim about the order, with how many sources agree, differ or are silent. The JSON file also lists each source’s stance (as in claim-stances).',
		key: 'claims',
		schema: claimRowSchema,
		rows: claimRows,
		also: { key: 'stances', schema: stanceRowSchema, rows: stanceRows },
	},
	{
		name: 'claim-stances',
		title: 'Each source’s stance on each claim',
		description: 'One row per claim and source assessed: the sources × claims matrix, long form.',
		key: 'stances',
		schema: stanceRowSchema,
		rows: stanceRows,
	},
	{
		name: 'events',
		title: 'Timeline events',
		description: 'Every dated event on the timeline, with its sources and confidence grade.',
		key: 'events',
		schema: eventRowSchema,
		rows: eventRows,
	},
	{
		name: 'news',
		title: 'News items',
		description:
			'Every news item the aggregator kept, with the reason it was kept. Items are kept by published rules, not picked by hand.',
		key: 'news',
		schema: newsRowSchema,
		rows: newsRows,
	},
];

/** The collection called `name`; throws for an unknown one. */
export function collection(name: string): Collection {
	const found = COLLECTIONS.find((c) => c.name === name);
	if (!found) throw new Error(`No data collection named "${name}"`);
	return found;
}

/** The JSON document of a collection: version, provenance, then its rows under `key`. */
export function collectionJson(c: Collection, site: Site, asOf: IsoDay, urlFor: UrlFor) {
	return {
		schemaVersion: SCHEMA_VERSION,
		title: `${c.title}: Executive Order ${ORDER.number} tracker`,
		generated: asOf,
		schema: urlFor(route.dataFile(c.name, 'schema.json')),
		dictionary: urlFor(route.data(c.name)),
		licence: 'CC BY 4.0',
		[c.key]: c.rows(site, urlFor),
		...(c.also ? { [c.also.key]: c.also.rows(site, urlFor) } : {}),
	};
}

/** JSON Schema (draft-07) of a collection's JSON document, from its row schema. */
export function collectionJsonSchema(c: Collection): Record<string, unknown> {
	return z.toJSONSchema(
		z.strictObject({
			schemaVersion: z.literal(SCHEMA_VERSION),
			title: z.string(),
			generated: day,
			schema: z.string(),
			dictionary: z.string(),
			licence: z.string(),
			[c.key]: z.array(c.schema),
			...(c.also ? { [c.also.key]: z.array(c.also.schema) } : {}),
		}),
		{ target: 'draft-07' },
	) as Record<string, unknown>;
}

/** The data dictionary of a collection: each column and what it means. */
export function dictionary(c: Collection): Array<[string, string]> {
	return Object.entries(c.schema.shape).map(([name, field]) => [
		name,
		(field as z.ZodType).description ?? '',
	]);
}
