/**
 * One request and what its response means for the fetcher: a final result, a redirect to follow,
 * or a failure worth retrying. Redirects and retries themselves are the caller's job.
 */
import { STATUS_CODES, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { openResponse, readBody, type TransportFailure } from './http-request.ts';
import type { ConditionalHeaders, FeedErrorCode, FetchResult } from '../types.ts';

type WithoutAttempts<T> = T extends unknown ? Omit<T, 'attempts'> : never;

/** A fetch result before the caller adds the number of attempts. */
export type Settled = WithoutAttempts<FetchResult>;

/** A failed result before the caller adds the number of attempts. */
export type Failed = Extract<Settled, { status: 'failed' }>;

/** What one request led to. */
export type Step =
	| { kind: 'final'; result: Settled }
	| { kind: 'redirect'; status: number; location: string }
	| { kind: 'retry'; failure: Failed; retryAfter: string | null };

/** What one request needs besides its URL and headers. */
export interface ExchangeOptions {
	connectTimeoutMs: number;
	bodyTimeoutMs: number;
	maxBytes: number;
	/** Lets loopback addresses through; tests only. */
	allowLoopback: boolean;
	signal?: AbortSignal | undefined;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Media types that can never hold a feed; anything textual goes on to the parser. */
const NON_TEXT = /^(image|audio|video|font)\//i;

/** A failed result, with `httpStatus` only when there is one. */
export function failed(code: FeedErrorCode, message: string, httpStatus?: number): Failed {
	return httpStatus === undefined
		? { status: 'failed', code, message }
		: { status: 'failed', code, message, httpStatus };
}

function fromTransport(error: TransportFailure): Step {
	const result = failed(error.code, error.message);
	return error.retryable
		? { kind: 'retry', failure: result, retryAfter: null }
		: { kind: 'final', result };
}

function header(headers: IncomingHttpHeaders, name: string): string | null {
	const value = headers[name];
	return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** "HTTP 503 Service Unavailable", plus what a maintainer should make of the common ones. */
function describeStatus(status: number): string {
	const base = `HTTP ${status} ${STATUS_CODES[status] ?? ''}`.trimEnd();
	if (status === 410) return `${base}: the feed is gone for good; remove it or find its new URL`;
	if (status === 404) return `${base}: check the feed URL`;
	if (status === 401 || status === 403) return `${base}: the server refuses this client`;
	return base;
}

/** A body made only of whitespace (or nothing) is as good as none. */
function isBlank(body: Uint8Array): boolean {
	return body.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d);
}

/** Sends one GET to `url` and classifies the response. */
export async function exchange(
	url: URL,
	headers: OutgoingHttpHeaders,
	sent: ConditionalHeaders,
	options: ExchangeOptions,
): Promise<Step> {
	const open = await openResponse(url, headers, options.connectTimeoutMs, options, options.signal);
	if (!open.ok) return fromTransport(open);
	const { statusCode: status = 0, headers: got } = open.response;
	const etag = header(got, 'etag');
	const lastModified = header(got, 'last-modified');
	const contentType = header(got, 'content-type');
	if (status < 200 || status >= 300) open.discard();

	if (REDIRECTS.has(status)) {
		const location = header(got, 'location');
		if (location) return { kind: 'redirect', status, location };
		const message = `${url.href}: ${describeStatus(status)} without a Location header`;
		return { kind: 'final', result: failed('http-status', message, status) };
	}
	if (status === 304 && !sent.etag && !sent.lastModified) {
		// Not Modified answers a conditional request only; to an unconditional one it is a
		// protocol error, and taking it as "unchanged" would hide a broken feed indefinitely.
		const message = `${url.href}: HTTP 304 Not Modified to a request that sent no validators`;
		return { kind: 'final', result: failed('http-status', message, status) };
	}
	if (status === 304) {
		const result: Settled = {
			status: 'not-modified',
			url: url.href,
			etag: etag ?? sent.etag ?? null,
			lastModified: lastModified ?? sent.lastModified ?? null,
		};
		return { kind: 'final', result };
	}
	if (status === 429 || status >= 500) {
		const failure = failed('http-status', `${url.href}: ${describeStatus(status)}`, status);
		return { kind: 'retry', failure, retryAfter: header(got, 'retry-after') };
	}
	if (status < 200 || status >= 300) {
		const result = failed('http-status', `${url.href}: ${describeStatus(status)}`, status);
		return { kind: 'final', result };
	}
	if (contentType && NON_TEXT.test(contentType.trim())) {
		open.discard();
		const message = `${url.href}: served as "${contentType}", which cannot be a feed`;
		return { kind: 'final', result: failed('bad-content-type', message) };
	}

	const limits = { timeoutMs: options.bodyTimeoutMs, maxBytes: options.maxBytes };
	const read = await readBody(open, url, limits, options.signal);
	if (!read.ok) return fromTransport(read);
	if (isBlank(read.body)) {
		const message = `${url.href}: HTTP ${status} with an empty body`;
		return { kind: 'final', result: failed('empty', message) };
	}
	const result: Settled = {
		status: 'ok',
		url: url.href,
		body: read.body,
		contentType,
		etag,
		lastModified,
	};
	return { kind: 'final', result };
}
