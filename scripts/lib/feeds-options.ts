/**
 * Options of `npm run feeds`, parsed from argv into a checked object. Pure: an unknown flag or a
 * bad value throws `UsageError` with a message naming it.
 */

/** What the command was asked to do. */
export interface CliOptions {
	/** Feed list (JSON array of feeds). */
	config: string;
	/** News store (JSON array of items). */
	store: string;
	/** Feed state (validators, last result): changes every run, so it is not a tracked file. */
	state: string;
	/** Read only local feeds; remote ones are reported as skipped. */
	offline: boolean;
	/** The clock: first-seen dates and future-date checks use it. */
	now: Date;
	/** Feeds fetched at once overall. */
	concurrency: number;
	/** Timeout per request (connect and headers; the body gets the same again). */
	timeoutMs: number;
	/** The whole refresh gives up after this and keeps the store as it was for unfinished feeds. */
	deadlineMs: number;
	/** Print the report as JSON instead of a table. */
	json: boolean;
	/** Exit non-zero when any feed failed. */
	strict: boolean;
	/** Allow feeds on loopback addresses: for testing against feeds served on 127.0.0.1 only. */
	allowLoopback: boolean;
	help: boolean;
}

/** A bad command line; the message says which flag and why. */
export class UsageError extends Error {
	override name = 'UsageError';
}

/** Defaults, relative to the project root. */
export const DEFAULT_OPTIONS = {
	config: 'content/feeds/feeds.json',
	store: 'content/news/news.json',
	state: 'state/feed-state.json',
	concurrency: 8,
	timeoutMs: 10_000,
	deadlineMs: 120_000,
} as const;

/** The usage text printed by `--help`. */
export const USAGE = `Usage: npm run feeds -- [options]

Refreshes the news store from the configured feeds.

  --config FILE      feed list (default ${DEFAULT_OPTIONS.config})
  --store FILE       news store (default ${DEFAULT_OPTIONS.store})
  --state FILE       feed state, untracked (default ${DEFAULT_OPTIONS.state})
  --offline          read only local feeds (the curated feed); report the others as skipped
  --now ISO          the clock, e.g. 2026-11-23T12:00:00Z (default: now)
  --concurrency N    feeds fetched at once (default ${DEFAULT_OPTIONS.concurrency}; at most 2 per host)
  --timeout MS       per-request timeout in milliseconds (default ${DEFAULT_OPTIONS.timeoutMs})
  --deadline MS      the whole refresh gives up after this (default ${DEFAULT_OPTIONS.deadlineMs})
  --json             print a machine-readable report
  --strict           exit non-zero if any feed failed
  --allow-loopback   allow feeds on 127.0.0.1 / ::1 (testing only; private networks stay refused)
  --help             show this text`;

const positiveInt = (flag: string, value: string | undefined): number => {
	const n = Number(value);
	if (value === undefined || !/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
		throw new UsageError(
			`${flag} needs a positive whole number, got ${value === undefined ? 'nothing' : `"${value}"`}`,
		);
	}
	return n;
};

/** Parses `argv` (without node and the script); `clock` gives the default `now`. */
export function parseCliOptions(
	argv: readonly string[],
	clock: () => Date = () => new Date(),
): CliOptions {
	const options: CliOptions = {
		config: DEFAULT_OPTIONS.config,
		store: DEFAULT_OPTIONS.store,
		state: DEFAULT_OPTIONS.state,
		offline: false,
		now: clock(),
		concurrency: DEFAULT_OPTIONS.concurrency,
		timeoutMs: DEFAULT_OPTIONS.timeoutMs,
		deadlineMs: DEFAULT_OPTIONS.deadlineMs,
		json: false,
		strict: false,
		allowLoopback: false,
		help: false,
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const [flag, inline] =
			arg.startsWith('--') && arg.includes('=')
				? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
				: [arg, undefined];
		const value = () => {
			if (inline !== undefined) return inline;
			const next = argv[i + 1];
			if (next === undefined || next.startsWith('--'))
				throw new UsageError(`${flag} needs a value`);
			i++;
			return next;
		};
		switch (flag) {
			case '--config':
				options.config = value();
				break;
			case '--store':
				options.store = value();
				break;
			case '--state':
				options.state = value();
				break;
			case '--offline':
				options.offline = true;
				break;
			case '--now': {
				const raw = value();
				const date = new Date(raw);
				if (!/^\d{4}-\d{2}-\d{2}/.test(raw) || Number.isNaN(date.getTime())) {
					throw new UsageError(`--now needs an ISO 8601 date and time, got "${raw}"`);
				}
				options.now = date;
				break;
			}
			case '--concurrency':
				options.concurrency = positiveInt(flag, value());
				break;
			case '--timeout':
				options.timeoutMs = positiveInt(flag, value());
				break;
			case '--deadline':
				options.deadlineMs = positiveInt(flag, value());
				break;
			case '--json':
				options.json = true;
				break;
			case '--strict':
				options.strict = true;
				break;
			case '--allow-loopback':
				options.allowLoopback = true;
				break;
			case '--help':
			case '-h':
				options.help = true;
				break;
			default:
				throw new UsageError(`unknown option "${arg}" (see --help)`);
		}
	}
	return options;
}
