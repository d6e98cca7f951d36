/**
 * Every file of the shared feed corpus (real feeds from other projects' test suites, listed in
 * its MANIFEST.tsv) goes through decode → parse → normalize and must meet our reading of its
 * MANIFEST line, kept as data in test/fixtures/feeds-corpus-expectations.json. The corpus lives
 * beside the project at ../shared/feeds-corpus (or wherever FEEDS_CORPUS points); without it
 * these tests are skipped, with the reason in the test name.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../../src/lib/aggregator/decode/decode.ts';
import { parseFeedDate } from '../../../src/lib/aggregator/normalize/feed-date.ts';
import { normalizeEntry } from '../../../src/lib/aggregator/normalize/normalize.ts';
import { parseFeed } from '../../../src/lib/aggregator/parse/parse.ts';
import { plainText, SUMMARY_MAX, TITLE_MAX } from '../../../src/lib/aggregator/normalize/text.ts';
import { FEED_ERROR_CODES, FeedError } from '../../../src/lib/aggregator/types.ts';
import type {
	DropReason,
	NormalizedItem,
	ParsedEntry,
	ParsedFeed,
} from '../../../src/lib/aggregator/types.ts';

const projectRoot = resolve(import.meta.dirname, '../../..');
const corpus = resolve(projectRoot, process.env['FEEDS_CORPUS'] ?? '../shared/feeds-corpus');
const FEED_URL = 'https://example.com/feed.xml';
const NOW = new Date(Date.UTC(2026, 6, 1));

/** What the first entry of a feed must look like; `date` is the parsed feed date or null. */
const firstSchema = z.strictObject({
	title: z.string().optional(),
	summary: z.string().optional(),
	summaryIncludes: z.string().optional(),
	url: z.string().optional(),
	date: z.string().nullable().optional(),
	guid: z.string().optional(),
	author: z.string().nullable().optional(),
	categories: z.array(z.string()).optional(),
	dropped: z.string().optional(),
});

/** One corpus file's expected outcome, read from its MANIFEST line. */
const expectationSchema = z.strictObject({
	file: z.string(),
	expect: z.union([
		z.strictObject({
			entries: z.number().int().min(0),
			format: z.enum(['rss2', 'rss1', 'rss09', 'atom', 'jsonfeed']).optional(),
		}),
		z.strictObject({ error: z.enum(FEED_ERROR_CODES) }),
	]),
	errorIncludes: z.string().optional(),
	feedTitle: z.string().optional(),
	first: firstSchema.optional(),
	includes: z.array(z.string()).optional(),
	excludes: z.array(z.string()).optional(),
	note: z.string().optional(),
});
type Expectation = z.infer<typeof expectationSchema>;

/** Markup and schemes that must never survive into a normalized field. */
const UNSAFE: readonly RegExp[] = [
	/<script/i,
	/<iframe/i,
	/<object/i,
	/<style/i,
	/<meta/i,
	// A scheme is followed by its data at once; "JavaScript: a tutorial" in a title is prose.
	/javascript:(?!\s)/i,
	/\bdata:(?!\s)/i,
	/vbscript:(?!\s)/i,
	/\bon[a-z]+\s*=/i,
	/url\(/i,
];

interface Row {
	entry: ParsedEntry;
	result: { item: NormalizedItem } | { dropped: DropReason };
}
type Outcome = { error: FeedError } | { feed: ParsedFeed; rows: Row[] };

const outcomes = new Map<string, Promise<Outcome>>();

/** The outcome for a corpus file, computed once for all the tests that look at it. */
function outcomeOf(file: string): Promise<Outcome> {
	const known = outcomes.get(file);
	if (known) return known;
	const outcome = run(file);
	outcomes.set(file, outcome);
	return outcome;
}

async function run(file: string): Promise<Outcome> {
	try {
		const { text } = decodeFeedBytes(readFileSync(join(corpus, file)), null);
		const feed = await parseFeed(text, FEED_URL);
		const rows = feed.entries.map((entry) => ({
			entry,
			result: normalizeEntry(entry, { feed: 'corpus', feedUrl: FEED_URL, now: NOW }),
		}));
		return { feed, rows };
	} catch (error) {
		if (error instanceof FeedError) return { error };
		throw error;
	}
}

/** Every string a reader could be shown for an entry, normalized or not. */
function shownText(row: Row): string[] {
	const { entry, result } = row;
	const texts = [
		plainText(entry.title ?? '', TITLE_MAX),
		plainText(entry.summary ?? '', SUMMARY_MAX),
		plainText(entry.content ?? '', SUMMARY_MAX),
	];
	if ('item' in result) {
		texts.push(...Object.values(result.item).filter((v): v is string => typeof v === 'string'));
	}
	return texts;
}

function checkFirst(row: Row | undefined, first: NonNullable<Expectation['first']>) {
	expect(row, 'the feed has a first entry').toBeDefined();
	if (!row) return;
	const { entry, result } = row;
	const item = 'item' in result ? result.item : null;
	const summary =
		plainText(entry.summary ?? '', SUMMARY_MAX) || plainText(entry.content ?? '', SUMMARY_MAX);
	if (first.dropped !== undefined) expect(result).toEqual({ dropped: first.dropped });
	else expect(item, 'the first entry is kept').not.toBeNull();
	if (first.title !== undefined) {
		expect(item?.title ?? plainText(entry.title ?? '', TITLE_MAX)).toBe(first.title);
	}
	if (first.summary !== undefined) expect(summary).toBe(first.summary);
	if (first.summaryIncludes !== undefined) expect(summary).toContain(first.summaryIncludes);
	if (first.url !== undefined) expect(item?.url).toBe(first.url);
	if (first.guid !== undefined) expect(entry.guid).toBe(first.guid);
	if (first.author !== undefined) expect(entry.author).toBe(first.author);
	if (first.categories !== undefined) expect(entry.categories).toEqual(first.categories);
	if (first.date !== undefined) {
		expect(parseFeedDate(entry.date)?.toISOString() ?? null).toBe(first.date);
		if (item) expect(item.dateSource).toBe(first.date === null ? 'first-seen' : 'feed');
	}
}

const present = existsSync(join(corpus, 'MANIFEST.tsv'));
const manifest = present
	? readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8')
			.trim()
			.split('\n')
			.slice(1)
			.map((line) => line.split('\t'))
	: [];
const expectationsFile = join(import.meta.dirname, '../../fixtures/feeds-corpus-expectations.json');
const expectations = z
	.array(expectationSchema)
	.parse(JSON.parse(readFileSync(expectationsFile, 'utf8')));

if (present) {
	describe('the feed corpus', () => {
		const sha256 = new Map(manifest.map((cols) => [cols[0] ?? '', cols[8] ?? '']));

		it('has exactly one expectation per MANIFEST file', () => {
			expect(expectations.map((e) => e.file).sort()).toEqual([...sha256.keys()].sort());
		});

		describe.each(expectations)('$file', (expectation) => {
			const { file, expect: wanted } = expectation;
			const title =
				'error' in wanted ? `fails with ${wanted.error}` : `gives ${wanted.entries} entries`;

			it(`${title}, as its MANIFEST line expects`, async () => {
				const bytes = readFileSync(join(corpus, file));
				expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256.get(file));
				const outcome = await outcomeOf(file);
				if ('error' in wanted) {
					expect('error' in outcome ? outcome.error.code : 'parsed').toBe(wanted.error);
					if ('error' in outcome && expectation.errorIncludes) {
						expect(outcome.error.message).toContain(expectation.errorIncludes);
					}
					return;
				}
				if ('error' in outcome) throw outcome.error;
				expect(outcome.feed.entries).toHaveLength(wanted.entries);
				if (wanted.format) expect(outcome.feed.format).toBe(wanted.format);
				if (expectation.feedTitle !== undefined) {
					expect(plainText(outcome.feed.title ?? '', TITLE_MAX)).toBe(expectation.feedTitle);
				}
				if (expectation.first) checkFirst(outcome.rows[0], expectation.first);
				const shown = outcome.rows.flatMap(shownText).join('\n');
				for (const text of expectation.includes ?? []) expect(shown).toContain(text);
				for (const text of expectation.excludes ?? []) expect(shown).not.toContain(text);
			});

			it('leaves no markup, script scheme or relative URL in anything shown', async () => {
				const outcome = await outcomeOf(file);
				if ('error' in outcome) return;
				const texts = [
					plainText(outcome.feed.title ?? '', TITLE_MAX),
					...outcome.rows.flatMap(shownText),
				];
				for (const text of texts) {
					for (const pattern of UNSAFE) expect(text).not.toMatch(pattern);
				}
				for (const { result } of outcome.rows) {
					if (!('item' in result)) continue;
					const url = new URL(result.item.url);
					expect(['http:', 'https:']).toContain(url.protocol);
					expect(result.item.url).toBe(url.href);
					expect(result.item.published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
				}
			});
		});
	});
} else {
	describe('the feed corpus', () => {
		it.skip(`is skipped: no MANIFEST.tsv in ${corpus} (set FEEDS_CORPUS to the corpus folder)`);
	});
}
