/**
 * When to try a feed again: exponential backoff with jitter, the server's Retry-After, and a sleep
 * that a whole-run deadline can cut short.
 */
import { setTimeout as delay } from 'node:timers/promises';

/** A sleep that may end early (by resolving or rejecting) when `signal` aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Share of the computed backoff added at random, so that feeds failing together spread out. */
const JITTER = 0.2;

/** Milliseconds before retry number `retry` (1-based): `baseMs`·2^(retry−1) plus up to 20% jitter. */
export function backoffDelay(
	retry: number,
	baseMs: number,
	random: () => number = Math.random,
): number {
	const exponential = baseMs * 2 ** (retry - 1);
	return Math.round(exponential * (1 + JITTER * random()));
}

/**
 * A Retry-After value (delay-seconds or HTTP-date) as milliseconds from `now`, never negative;
 * null when the header is absent or unreadable.
 */
export function parseRetryAfter(
	value: string | null | undefined,
	now: number = Date.now(),
): number | null {
	const text = value?.trim() ?? '';
	if (/^\d+$/.test(text)) return Number(text) * 1000;
	// Every HTTP-date names a weekday or month; without letters Date.parse would accept "1.5".
	if (!/[a-z]/i.test(text)) return null;
	const at = Date.parse(text);
	return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** The default sleep: a timer that rejects as soon as `signal` aborts. */
export const defaultSleep: Sleep = (ms, signal) =>
	delay(ms, undefined, signal ? { signal } : {}).then(() => undefined);

/**
 * Waits `ms` with `sleep`, ending at once when `signal` aborts even if `sleep` ignores it; resolves
 * true when the wait ran its course and false when it was aborted.
 */
export async function sleepUnlessAborted(
	ms: number,
	sleep: Sleep,
	signal?: AbortSignal,
): Promise<boolean> {
	if (signal?.aborted) return false;
	let onAbort = (): void => {};
	const aborted = new Promise<void>((resolve) => {
		onAbort = resolve;
		signal?.addEventListener('abort', onAbort, { once: true });
	});
	try {
		// A sleep that rejects because of the abort is an abort, not a failure of the fetch.
		await Promise.race([sleep(ms, signal).catch(() => undefined), aborted]);
	} finally {
		signal?.removeEventListener('abort', onAbort);
	}
	return !signal?.aborted;
}
