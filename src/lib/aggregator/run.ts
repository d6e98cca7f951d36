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
import { parseJsonArray, validateEntries } from '../content/json-array.ts';
import { feedSchema, type Feed } from '../schemas/feed.ts';
import type { FeedState, Match } from '../schemas/news.ts';
import { relevanceRulesSchema, type RelevanceRule } from '../schemas/relevance.ts';
import { writeFileAtomic } from './store/atomic-write.ts';
import { decodeFeedBytes } from './decode/decode.ts';
import type { Candidate } from './store/dedupe.ts';
import { fetchFeed, type FetchOptions } from './fetch/fetch.ts';
import { createHostLimiter } from './fetch/host-limiter.ts';
import { normalizeEntry } from './normalize/normalize.ts';
import { parseFeed } from './parse/parse.ts';
import { plainText } from './normalize/text.ts';
import { mapWithConcurrency } from './fetch/pool.ts';
import { matchRules } from './relevance/relevance.ts';
import { readFeedState, readStore, serializeFeedState, serializeStore } from './store/store-file.ts';
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

/** The feed list in `file`, validated. Throws `RunError` naming the entry and field. */
async function readFeeds(file: string, label = file): Promise<Feed[]> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		throw new RunError(
			`${label}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
		);
	}
	try {
		return validateEntries(parseJsonArray(text, label), feedSchema, label);
	} catch (error) {
		throw new RunError((error as Error).message);
	}
}

/** The relevance rules in `file`, validated. Throws `RunError` naming the rule and field. */
async function readRules(file: string, label = file): Promise<RelevanceRule[]> {
	let data: unknown;
	try {
		data = JSON.parse(await readFile(file, 'utf8'));
	} catch (error) {
		throw new RunError(`${label}: cannot read or parse (${(error as Error).message})`);
	}
	const parsed = relevanceRulesSchema.safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new RunError(`${label}: rule [${issue.path.join('].')}: ${issue.message}`);
	}
	return parsed.data;
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
		const path = resolve(options.root, feed.url.slice('local:'.length));
		try {
			const body = new Uint8Array(await readFile(path));
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
		} catch {
			return {
				status: 'failed',
				code: 'local-missing',
				message: `${feed.url}: file not found`,
				attempts: 1,
			};
		}
	}
	if (options.offline) return { status: 'skipped' };
	const fetcher =
		options.fetch ??
		((url, s, o) =>
			fetchFeed(url, { etag: s?.etag ?? null, lastModified: s?.lastModified ?? null }, o));
	return limit(feed.url, () => fetcher(feed.url, state, fetchOptions));
}

/** Candidates from one feed's body, and what was dropped and why. */
async function entriesOf(
	feed: Feed,
	body: Uint8Array,
	contentType: string | null,
	baseUrl: string,
	rules: readonly RelevanceRule[],
	now: Date,
): Promise<{
	entries: number;
	candidates: Candidate[];
	dropped: Partial<Record<DropReason, number>>;
}> {
	const { text } = decodeFeedBytes(body, contentType);
	const parsed = await parseFeed(text, baseUrl);
	const dropped: Partial<Record<DropReason, number>> = {};
	const drop = (reason: DropReason) => (dropped[reason] = (dropped[reason] ?? 0) + 1);
	const candidates: Candidate[] = [];
	for (const entry of parsed.entries) {
		const result = normalizeEntry(entry, { feed: feed.id, feedUrl: baseUrl, now });
		if ('dropped' in result) {
			drop(result.dropped);
			continue;
		}
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
				? plainText(entry.author, 120) || feed.publisher
				: feed.publisher;
		candidates.push({ ...result.item, publisher, kind: feed.kind, matches });
	}
	return { entries: parsed.entries.length, candidates, dropped };
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
			new: 0,
			updated: 0,
			ms: 0,
		};
		let candidates: Candidate[] = [];
		let state: FeedState = {
			id: feed.id,
			etag: previous?.etag ?? null,
			lastModified: previous?.lastModified ?? null,
			lastAttempt: nowIso,
			lastSuccess: previous?.lastSuccess ?? null,
			result: 'ok',
			error: null,
			entries: previous?.entries ?? 0,
			kept: previous?.kept ?? 0,
			dropped: previous?.dropped ?? {},
		};
		const body = await getBody(feed, previous, options, fetchOptions, limit);
		if (body.status === 'skipped') {
			report.result = 'skipped';
			state = previous
				? { ...previous, result: 'skipped' }
				: { ...state, lastAttempt: null, result: 'skipped' };
		} else if (body.status === 'not-modified') {
			report.result = 'not-modified';
			state = {
				...state,
				result: 'not-modified',
				lastSuccess: nowIso,
				etag: body.etag,
				lastModified: body.lastModified,
			};
		} else if (body.status === 'failed') {
			Object.assign(report, { result: 'failed', code: body.code, message: body.message });
			state = { ...state, result: 'failed', error: { code: body.code, message: body.message } };
		} else {
			try {
				const found = await entriesOf(feed, body.body, body.contentType, body.url, rules, now);
				candidates = found.candidates;
				Object.assign(report, {
					entries: found.entries,
					kept: found.candidates.length,
					dropped: found.dropped,
				});
				state = {
					...state,
					result: 'ok',
					lastSuccess: nowIso,
					etag: body.etag,
					lastModified: body.lastModified,
					entries: found.entries,
					kept: found.candidates.length,
					dropped: found.dropped as Record<string, number>,
				};
			} catch (error) {
				const code = error instanceof FeedError ? error.code : 'xml-error';
				const message = `${feed.url}: ${(error as Error).message}`;
				Object.assign(report, { result: 'failed', code, message });
				state = { ...state, result: 'failed', error: { code, message } };
			}
		}
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
	await write(storeFile, options.store, serializeStore(merged.items));
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
