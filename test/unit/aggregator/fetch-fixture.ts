/** Fetch options for tests: short limits and a sleep that records each wait and returns at once. */
import type { FetchOptions } from '../../../src/lib/aggregator/fetch/fetch.ts';
import type { FetchResult } from '../../../src/lib/aggregator/types.ts';

export const USER_AGENT = 'eo-tracker-test/1.0 (+https://example.org/about)';

export const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example</title><link>https://example.com/</link>
<item><title>One</title><link>https://example.com/one</link></item></channel></rss>
`;

/** Options plus the list of waits `sleep` was asked for. */
export function testOptions(overrides: Partial<FetchOptions> = {}): {
	options: FetchOptions;
	waits: number[];
} {
	const waits: number[] = [];
	const options: FetchOptions = {
		userAgent: USER_AGENT,
		connectTimeoutMs: 2000,
		bodyTimeoutMs: 2000,
		maxBytes: 64 * 1024,
		allowLoopback: true,
		maxRedirects: 5,
		retries: 2,
		backoffMs: 10,
		maxRetryAfterMs: 5000,
		sleep: async (ms) => void waits.push(ms),
		...overrides,
	};
	return { options, waits };
}

/** The body of an 'ok' result as text; throws when the result is not 'ok'. */
export function text(result: FetchResult): string {
	if (result.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
	return Buffer.from(result.body).toString('utf8');
}
