/**
 * The HTTP transport for feeds: a conditional GET that follows redirects, retries transient
 * failures, enforces timeouts and a size cap, and decompresses. It never throws; every failure is
 * a `FetchResult` whose message names the URL and what happened.
 */
import type { OutgoingHttpHeaders } from 'node:http';
import { ACCEPTED_ENCODINGS } from './content-encoding.ts';
import { exchange, failed, type Failed, type Settled, type Step } from './exchange.ts';
import { abortFailure } from './http-request.ts';
import {
	backoffDelay,
	defaultSleep,
	parseRetryAfter,
	sleepUnlessAborted,
	type Sleep,
} from './retry.ts';
import type { ConditionalHeaders, FetchResult } from '../types.ts';

export { createHostLimiter } from './host-limiter.ts';
export { mapWithConcurrency } from './pool.ts';

/** How `fetchFeed` talks to servers. */
export interface FetchOptions {
	/** A User-Agent naming the site; always sent. */
	userAgent: string;
	/** Limit on connecting plus waiting for the response headers. */
	connectTimeoutMs: number;
	/** Limit on the whole body, from the headers to the last byte. */
	bodyTimeoutMs: number;
	/** Cap on the body, received and decompressed, enforced while streaming. */
	maxBytes: number;
	/** Redirects followed before giving up with 'too-many-redirects'. */
	maxRedirects: number;
	/** Extra attempts after a 429, a 5xx or a reset connection. */
	retries: number;
	/** Base of the exponential backoff between attempts. */
	backoffMs: number;
	/** Longest Retry-After honoured; a longer one fails the feed instead of waiting. */
	maxRetryAfterMs: number;
	/** A whole-run deadline: aborting ends everything promptly with code 'aborted'. */
	signal?: AbortSignal;
	/** Lets loopback addresses through (tests serving feeds on 127.0.0.1 only); never in production. */
	allowLoopback: boolean;
	/** Waits between attempts; injectable so tests can record the waits. */
	sleep?: Sleep;
}

/** Feed formats first, then generic XML and JSON, then anything at a lower weight. */
export const FEED_ACCEPT = [
	'application/rss+xml',
	'application/atom+xml',
	'application/feed+json',
	'application/rdf+xml;q=0.9',
	'application/xml;q=0.9',
	'text/xml;q=0.9',
	'application/json;q=0.8',
	'*/*;q=0.5',
].join(', ');

/** The headers of every request for one feed. */
function requestHeaders(userAgent: string, conditional: ConditionalHeaders): OutgoingHttpHeaders {
	const headers: OutgoingHttpHeaders = {
		'user-agent': userAgent,
		accept: FEED_ACCEPT,
		'accept-encoding': ACCEPTED_ENCODINGS,
	};
	if (conditional.etag) headers['if-none-match'] = conditional.etag;
	if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
	return headers;
}

/** An absolute http(s) URL, or the reason it is not one. */
function httpUrl(raw: string, base?: URL): URL | string {
	let url: URL;
	try {
		url = new URL(raw, base);
	} catch {
		return `"${raw}" is not a valid URL`;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return `${url.href}: only http and https URLs can be fetched`;
	}
	url.hash = '';
	return url;
}

/** Where a fetch stands in its redirect chain; retries resume at `url`. */
interface Route {
	url: URL;
	visited: Set<string>;
	redirects: number;
}

/** Requests `route.url`, following redirects, until a response that is not a redirect. */
async function follow(
	route: Route,
	headers: OutgoingHttpHeaders,
	conditional: ConditionalHeaders,
	options: FetchOptions,
): Promise<Exclude<Step, { kind: 'redirect' }>> {
	for (;;) {
		const step = await exchange(route.url, headers, conditional, options);
		if (step.kind !== 'redirect') return step;
		const from = route.url.href;
		const next = httpUrl(step.location, route.url);
		if (typeof next === 'string') {
			const message = `${from}: HTTP ${step.status} redirect refused: ${next}`;
			return { kind: 'final', result: failed('http-status', message, step.status) };
		}
		if (route.visited.has(next.href)) {
			const message = `${from}: redirect loop; ${next.href} was already requested`;
			return { kind: 'final', result: failed('redirect-loop', message, step.status) };
		}
		if (route.redirects >= options.maxRedirects) {
			const message = `${from}: more than ${options.maxRedirects} redirects; the next was to ${next.href}`;
			return { kind: 'final', result: failed('too-many-redirects', message, step.status) };
		}
		route.visited.add(next.href);
		route.redirects += 1;
		route.url = next;
	}
}

/** How long to wait before the next attempt, or a failure when the server asks too much. */
function waitBefore(
	step: { failure: Failed; retryAfter: string | null },
	retry: number,
	options: FetchOptions,
): number | Failed {
	const asked = parseRetryAfter(step.retryAfter);
	if (asked === null) return backoffDelay(retry, options.backoffMs);
	if (asked <= options.maxRetryAfterMs) return asked;
	const seconds = (ms: number): number => Math.ceil(ms / 1000);
	const message =
		`${step.failure.message}; Retry-After ${step.retryAfter} asks for ${seconds(asked)} s, ` +
		`over the ${seconds(options.maxRetryAfterMs)} s cap, so not retried`;
	return { ...step.failure, message };
}

/** Adds the attempt count, and the original URL when redirects moved away from it. */
function finish(result: Settled, attempts: number, start: URL, route: Route): FetchResult {
	if (result.status !== 'failed') return { ...result, attempts };
	let { message } = result;
	if (route.url.href !== start.href) message += ` (redirected from ${start.href})`;
	if (attempts > 1 && result.code !== 'aborted') message += `; gave up after ${attempts} attempts`;
	return { ...result, message, attempts };
}

function abortedAt(route: Route, signal: AbortSignal): Failed {
	return failed('aborted', abortFailure(route.url, signal).message);
}

/**
 * Fetches one feed URL with a conditional GET: 'ok' with the body bytes, 'not-modified', or
 * 'failed' with a stable code; never throws.
 */
export async function fetchFeed(
	url: string,
	conditional: ConditionalHeaders,
	options: FetchOptions,
): Promise<FetchResult> {
	try {
		return await fetchWithRetries(url, conditional, options);
	} catch (error) {
		// Only a defect (here or in an injected sleep) lands here; the run must still go on.
		const detail = error instanceof Error ? error.message : String(error);
		return { ...failed('network', `${url}: unexpected error: ${detail}`), attempts: 0 };
	}
}

async function fetchWithRetries(
	url: string,
	conditional: ConditionalHeaders,
	options: FetchOptions,
): Promise<FetchResult> {
	const start = httpUrl(url);
	if (typeof start === 'string') return { ...failed('config', start), attempts: 0 };
	const { signal, sleep = defaultSleep } = options;
	const headers = requestHeaders(options.userAgent, conditional);
	const route: Route = { url: start, visited: new Set([start.href]), redirects: 0 };
	if (signal?.aborted) return finish(abortedAt(route, signal), 0, start, route);
	for (let attempt = 1; ; attempt += 1) {
		const step = await follow(route, headers, conditional, options);
		if (step.kind === 'final') return finish(step.result, attempt, start, route);
		if (attempt > options.retries) return finish(step.failure, attempt, start, route);
		const wait = waitBefore(step, attempt, options);
		if (typeof wait !== 'number') return finish(wait, attempt, start, route);
		if (!(await sleepUnlessAborted(wait, sleep, signal))) {
			return finish(abortedAt(route, signal as AbortSignal), attempt, start, route);
		}
	}
}
