/**
 * One refresh of the news store: read the feed list, rules, store and feed state; fetch (or read,
 * for `local:` feeds) every feed with bounded concurrency; decode, parse, normalize and match each
 * entry; de-duplicate and merge into the store; write the store and the state atomically.
 *
 * Failure policy: a feed that fails is reported and keeps its earlier items (nothing is ever
 * dropped from the store). An invalid feed list, rules file or store throws `RunError` before
 * anything is written. When the deadline passes, feeds still under way are reported as failed
 * ('aborted') and the rest of the refresh is written as usual.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { newsItemSchema, type NewsItem } from '../schemas/news.ts';
import { parseJsonArray, validateEntries } from '../content/validate.ts';
import { feedSchema, type Feed } from '../schemas/feed.ts';
import type { FeedState, Match } from '../schemas/news.ts';
import { relevanceRuleSchema, type RelevanceRule } from '../schemas/relevance.ts';
import { writeFileAtomic } from './store/atomic-write.ts';
import { decodeFeedBytes } from './decode/decode.ts';
import type { Candidate } from './store/dedupe.ts';
import { safeDiagnostic } from './diagnostic.ts';
import { nextFeedState, type FeedOutcome } from './feed-state.ts';
import { fetchFeed, type FetchOptions } from './fetch/fetch.ts';
import { LocalFeedError, readLocalFeed } from './local-feed.ts';
import { createHostLimiter } from './fetch/host-limiter.ts';
import { normalizeEntry, type RepairReason } from './normalize/normalize.ts';
import { parseFeed } from './parse/parse.ts';
import { plainText } from './normalize/text.ts';
import { mapWithConcurrency } from './fetch/pool.ts';
import { matchRules } from './relevance/relevance.ts';
import {
	readFeedState,
	readStore,
	serializeFeedState,
	serializeStore,
} from './store/store-file.ts';
import { mergeIntoStore } from './store/store.ts';
import { FeedError, type DropReason, type FetchResult } from './types.ts';

/** A configuration, rules or store file that cannot be used; the message names file and field. */
export class RunError extends Error {
	override name = 'RunError';
}

/** What one refresh needs. Paths are resolved against `root`. */
export interface RunOptions {
	root: string;
	config: string;
	store: string;
	/** Feed state file (validators and last result per feed). */
	state: string;
	/** Relevance rules; defaults to `relevance.json` beside the feed list. */
	rules?: string;
	offline: boolean;
	now: Date;
	concurrency: number;
	/** Requests at once to one host. */
	perHost?: number;
	timeoutMs: number;
	deadlineMs: number;
	userAgent: string;
	/** Called as each feed finishes (before the merge, so `new` and `updated` are still 0). */
	onProgress?: (report: FeedReport) => void;
	/** Lets feeds be fetched from loopback addresses: for tests serving feeds on 127.0.0.1 only. */
	allowLoopback?: boolean;
	/** Replaces the network, for tests. */
	fetch?: (
		url: string,
		conditional: FeedState | undefined,
		options: FetchOptions,
	) => Promise<FetchResult>;
}

/** How one feed went. */
export interface FeedReport {
	id: string;
	title: string;
	result: FeedState['result'];
	/** Failure code and message when `result` is `failed`. */
	code?: string;
	message?: string;
	entries: number;
	kept: number;
	dropped: Partial<Record<DropReason, number>>;
	/** Kept items with a field set to unknown, by reason (an unusable date). */
	repaired: Partial<Record<RepairReason, number>>;
	new: number;
	updated: number;
	ms: number;
}

/** How the whole refresh went. */
export interface RunReport {
	now: string;
	store: string;
	feeds: FeedReport[];
	added: number;
	updated: number;
	total: number;
}

/** The entries of the JSON array in `file`, validated. Throws `RunError` listing every problem. */
async function readEntriesFile<T>(file: string, schema: z.ZodType<T>, label: string): Promise<T[]> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		throw new RunError(
			`${label}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
		);
	}
	try {
		return validateEntries(parseJsonArray(text, label), schema, label);
	} catch (error) {
		throw new RunError((error as Error).message);
	}
}

/** The feed list in `file`, validated. Throws `RunError` naming each entry and field. */
function readFeeds(file: string, label = file): Promise<Feed[]> {
	return readEntriesFile(file, feedSchema, label);
}

/** The relevance rules in `file`, validated. Throws `RunError` naming each rule and field. */
function readRules(file: string, label = file): Promise<RelevanceRule[]> {
	return readEntriesFile(file, relevanceRuleSchema, label);
}

/** The bytes of a feed: read from the project for `local:` feeds, fetched otherwise. */
async function getBody(
	feed: Feed,
	state: FeedState | undefined,
	options: RunOptions,
	fetchOptions: FetchOptions,
	limit: ReturnType<typeof createHostLimiter>,
): Promise<FetchResult | { status: 'skipped' }> {
	if (feed.url.startsWith('local:')) {
		try {
			const body = await readLocalFeed(options.root, feed.url, fetchOptions.maxBytes);
			// A local feed has no web address: relative links in it cannot be resolved and are dropped.
			return {
				status: 'ok',
				url: feed.url,
				body,
				contentType: null,
				etag: null,
				lastModified: null,
				attempts: 1,
			};
		} catch (error) {
			const code = error instanceof LocalFeedError ? error.code : 'local-missing';
			const message = error instanceof LocalFeedError ? error.message : `${feed.url}: unreadable`;
			return { status: 'failed', code, message, attempts: 1 };
		}
	}
	if (options.offline) return { status: 'skipped' };
	const fetcher =
		options.fetch ??
		((url, s, o) =>
			fetchFeed(url, { etag: s?.etag ?? null, lastModified: s?.lastModified ?? null }, o));
	return limit(feed.url, () => fetcher(feed.url, state, fetchOptions));
}

/** Items kept from one feed per refresh: the newest, by published date. */
const MAX_ITEMS_PER_FEED = 500;
/** The least time one feed's body may take to decode, parse and normalize. */
const READ_BUDGET_MS = 2000;
/** Entries between two looks at the clock while normalizing. */
const DEADLINE_STRIDE = 25;

/** What one feed's body gave. */
interface FeedEntries {
	entries: number;
	candidates: Candidate[];
	dropped: Partial<Record<DropReason, number>>;
	repaired: Partial<Record<RepairReason, number>>;
}

function aborted(): FeedError {
	return new FeedError('aborted', 'Reading the feed took longer than its time allows.');
}

/**
 * Candidates from one feed's body, what was dropped and what was repaired. Stops with a
 * FeedError 'aborted' once past `deadline` (a `performance.now()` instant), checking between
 * parser chunks and every few entries, so no content keeps the run past its time.
 */
async function entriesOf(
	feed: Feed,
	body: Uint8Array,
	contentType: string | null,
	baseUrl: string,
	rules: readonly RelevanceRule[],
	now: Date,
	deadline: number,
): Promise<FeedEntries> {
	const { text } = decodeFeedBytes(body, contentType);
	if (performance.now() > deadline) throw aborted();
	const parsed = await parseFeed(text, baseUrl, deadline);
	const dropped: Partial<Record<DropReason, number>> = {};
	const repaired: Partial<Record<RepairReason, number>> = {};
	const drop = (reason: DropReason, count = 1) =>
		(dropped[reason] = (dropped[reason] ?? 0) + count);
	let candidates: Candidate[] = [];
	for (const [index, entry] of parsed.entries.entries()) {
		if (index % DEADLINE_STRIDE === 0 && performance.now() > deadline) throw aborted();
		const result = normalizeEntry(entry, { feed: feed.id, feedUrl: baseUrl, now });
		if ('dropped' in result) {
			drop(result.dropped);
			continue;
		}
		if (result.repaired) repaired[result.repaired] = (repaired[result.repaired] ?? 0) + 1;
		let matches: Match[] = matchRules(result.item, rules);
		// The curated feed lists only coverage of the order, from the fact base: every item is
		// relevant, and says so when no rule matched it.
		if (matches.length === 0 && feed.kind === 'curated') {
			matches = [{ rule: 'curated-listing', topic: 'order', phrase: feed.title, field: 'feed' }];
		}
		if (matches.length === 0) {
			drop('irrelevant');
			continue;
		}
		// A curated item names its own publisher (dc:creator); other feeds speak for their publisher.
		const publisher =
			feed.kind === 'curated' && entry.author
				? plainText(entry.author.slice(0, 1000), 120) || feed.publisher
				: feed.publisher;
		candidates.push({ ...result.item, publisher, kind: feed.kind, matches });
	}
	if (candidates.length > MAX_ITEMS_PER_FEED) {
		drop('over-item-cap', candidates.length - MAX_ITEMS_PER_FEED);
		candidates = candidates
			.sort((a, b) => (a.published < b.published ? 1 : a.published > b.published ? -1 : 0))
			.slice(0, MAX_ITEMS_PER_FEED);
	}
	return { entries: parsed.entries.length, candidates, dropped, repaired };
}

/**
 * The merged items that the store can hold. Every field was validated on entry, so this should
 * never remove anything; if a defect lets an invalid record through, the stored version (or, for
 * a new item, nothing) is written instead, so one item can never stop the store being written.
 */
function writable(items: readonly NewsItem[], existing: readonly NewsItem[]): NewsItem[] {
	const before = new Map(existing.map((item) => [item.id, item]));
	return items.flatMap((item) => {
		if (newsItemSchema.safeParse(item).success) return [item];
		const old = before.get(item.id);
		return old ? [old] : [];
	});
}

/** Writes `text` to `file` atomically; a failure becomes a `RunError` naming the file. */
async function write(file: string, label: string, text: string): Promise<void> {
	try {
		await mkdir(dirname(file), { recursive: true });
		await writeFileAtomic(file, text);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
		throw new RunError(`${label}: cannot write (${code}); the previous version is unchanged`);
	}
}

/** Runs one refresh and writes the store and feed state. Throws `RunError` for unusable input. */
export async function runFeeds(options: RunOptions): Promise<RunReport> {
	const at = (path: string) => resolve(options.root, path);
	const storeFile = at(options.store);
	const stateFile = at(options.state);
	const feeds = await readFeeds(at(options.config), options.config);
	const rules = await readRules(
		at(options.rules ?? join(dirname(options.config), 'relevance.json')),
	);
	let existing, states;
	try {
		existing = await readStore(storeFile, { allowMissing: true });
		states = new Map(
			(await readFeedState(stateFile, { allowMissing: true })).map((s) => [s.id, s]),
		);
	} catch (error) {
		throw new RunError((error as Error).message);
	}
	const now = options.now;
	const nowIso = now.toISOString();
	const deadline = AbortSignal.timeout(options.deadlineMs);
	const deadlineAt = performance.now() + options.deadlineMs;
	const fetchOptions: FetchOptions = {
		userAgent: options.userAgent,
		connectTimeoutMs: options.timeoutMs,
		bodyTimeoutMs: options.timeoutMs,
		maxBytes: 5 * 1024 * 1024,
		maxRedirects: 5,
		retries: 2,
		backoffMs: 500,
		maxRetryAfterMs: Math.min(30_000, options.deadlineMs),
		signal: deadline,
		allowLoopback: options.allowLoopback === true,
	};
	const limit = createHostLimiter(options.perHost ?? 2);

	const outcomes = await mapWithConcurrency(feeds, options.concurrency, async (feed) => {
		const started = performance.now();
		const previous = states.get(feed.id);
		const report: FeedReport = {
			id: feed.id,
			title: feed.title,
			result: 'ok',
			entries: 0,
			kept: 0,
			dropped: {},
			repaired: {},
			new: 0,
			updated: 0,
			ms: 0,
		};
		let candidates: Candidate[] = [];
		const body = await getBody(feed, previous, options, fetchOptions, limit);
		let outcome: FeedOutcome;
		if (body.status === 'skipped') outcome = { kind: 'skipped' };
		else if (body.status === 'not-modified') {
			outcome = { kind: 'not-modified', etag: body.etag, lastModified: body.lastModified };
		} else if (body.status === 'failed') {
			outcome = { kind: 'failed', code: body.code, message: body.message };
		} else {
			// Reading one feed may take the request timeout (at least READ_BUDGET_MS), and never
			// goes past the run's deadline.
			const budget = Math.min(
				deadlineAt,
				performance.now() + Math.max(options.timeoutMs, READ_BUDGET_MS),
			);
			try {
				const found = await entriesOf(
					feed,
					body.body,
					body.contentType,
					body.url,
					rules,
					now,
					budget,
				);
				candidates = found.candidates;
				Object.assign(report, { entries: found.entries, repaired: found.repaired });
				outcome = {
					kind: 'ok',
					etag: body.etag,
					lastModified: body.lastModified,
					entries: found.entries,
					kept: found.candidates.length,
					dropped: found.dropped as Record<string, number>,
				};
			} catch (error) {
				const code = error instanceof FeedError ? error.code : 'xml-error';
				outcome = { kind: 'failed', code, message: `${feed.url}: ${(error as Error).message}` };
			}
		}
		if (outcome.kind === 'failed') {
			const message = safeDiagnostic(outcome.message);
			outcome = { ...outcome, message };
			Object.assign(report, { code: outcome.code, message });
		}
		if (outcome.kind === 'ok')
			Object.assign(report, { kept: outcome.kept, dropped: outcome.dropped });
		report.result = outcome.kind === 'skipped' ? 'skipped' : outcome.kind;
		const state = nextFeedState(feed.id, previous, outcome, nowIso);
		report.ms = Math.round(performance.now() - started);
		options.onProgress?.(report);
		return { report, state, candidates };
	});

	const merged = mergeIntoStore(
		existing,
		outcomes.flatMap((o) => o.candidates),
		nowIso,
		rules,
	);
	const feedOf = new Map(merged.items.map((i) => [i.id, i.feed]));
	for (const { report } of outcomes) {
		report.new = merged.added.filter((id) => feedOf.get(id) === report.id).length;
		report.updated = merged.updated.filter((id) => feedOf.get(id) === report.id).length;
	}
	// The store first: if writing the state then fails, the next run re-fetches unconditionally,
	// which is safe; the reverse could record validators for items never stored.
	await write(storeFile, options.store, serializeStore(writable(merged.items, existing)));
	await write(stateFile, options.state, serializeFeedState(outcomes.map((o) => o.state)));
	return {
		now: nowIso,
		store: options.store,
		feeds: outcomes.map((o) => o.report),
		added: merged.added.length,
		updated: merged.updated.length,
		total: merged.items.length,
	};
}
