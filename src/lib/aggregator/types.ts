/**
 * The contracts between the steps of the news pipeline: fetch (bytes over HTTP), decode and
 * parse (bytes to entries), normalize (entries to clean records), relevance, de-duplication and
 * the store. Each step is a pure function of these types except fetch and the store's writer.
 */

/** Why a feed failed. Stable codes: they are shown in the public feed-health table. */
export const FEED_ERROR_CODES = [
	'config',
	'network',
	'address-refused',
	'timeout-connect',
	'timeout-headers',
	'timeout-body',
	'too-many-redirects',
	'redirect-loop',
	'http-status',
	'too-large',
	'bad-content-type',
	'empty',
	'encoding',
	'dtd-refused',
	'xml-error',
	'json-error',
	'not-a-feed',
	'unsupported-format',
	'local-missing',
	'aborted',
] as const;
export type FeedErrorCode = (typeof FEED_ERROR_CODES)[number];

/** A failure of one feed, with a stable code and a message a maintainer can act on. */
export class FeedError extends Error {
	readonly code: FeedErrorCode;
	readonly httpStatus: number | undefined;
	constructor(code: FeedErrorCode, message: string, httpStatus?: number) {
		super(message);
		this.name = 'FeedError';
		this.code = code;
		this.httpStatus = httpStatus;
	}
}

/** What a conditional GET sends, from the per-feed state kept beside the store. */
export interface ConditionalHeaders {
	etag?: string | null;
	lastModified?: string | null;
}

/** The outcome of fetching one feed URL. Never throws: failures are values. */
export type FetchResult =
	| {
			status: 'ok';
			/** The URL the body came from, after redirects. */
			url: string;
			body: Uint8Array;
			/** The raw Content-Type header, if any. */
			contentType: string | null;
			etag: string | null;
			lastModified: string | null;
			attempts: number;
	  }
	| {
			status: 'not-modified';
			url: string;
			etag: string | null;
			lastModified: string | null;
			attempts: number;
	  }
	| {
			status: 'failed';
			code: FeedErrorCode;
			message: string;
			httpStatus?: number;
			attempts: number;
	  };

/** Feed syntaxes the parser recognises. */
type FeedFormat = 'rss2' | 'rss1' | 'rss09' | 'atom' | 'jsonfeed';

/** One entry as the feed gave it: text may still hold HTML, links may be relative. */
export interface ParsedEntry {
	guid: string | null;
	/** Title; may hold markup or entities (RSS titles often do). */
	title: string | null;
	/** Link as written (absolute or relative). */
	link: string | null;
	/** The base to resolve `link` against (xml:base in effect), if the feed set one. */
	base: string | null;
	/** Summary or description; HTML. */
	summary: string | null;
	/** Full content (content:encoded, atom:content, content_html); HTML. */
	content: string | null;
	/** Publication date as written in the feed (not yet parsed). */
	date: string | null;
	author: string | null;
	categories: string[];
}

/** A whole parsed feed document. */
export interface ParsedFeed {
	format: FeedFormat;
	title: string | null;
	/** The feed's home link (absolute or relative). */
	link: string | null;
	entries: ParsedEntry[];
	/** Recoverable oddities (charset fallback, stripped leading whitespace...). */
	warnings: string[];
}

/** Flags on a normalized item that readers should see. */
export type ItemFlag = 'future-date' | 'no-date';

/** One entry after cleaning: plain text, absolute safe URL, UTC date. */
export interface NormalizedItem {
	feed: string;
	guid: string | null;
	/** Plain text, no markup, no control or bidi-override characters, capped. */
	title: string;
	/** Absolute http(s) URL with tracking parameters removed. */
	url: string;
	/** Plain-text summary, capped; null when the feed gave none. */
	summary: string | null;
	/** ISO 8601 UTC instant; when the feed gave none, the first-seen instant. */
	published: string;
	/** Where `published` came from. */
	dateSource: 'feed' | 'first-seen';
	flags: ItemFlag[];
}

/** Why an entry was not kept; counted per feed in the health table. */
export type DropReason =
	| 'no-url'
	| 'unsafe-url'
	| 'url-too-long'
	| 'no-title'
	| 'irrelevant'
	| 'duplicate'
	| 'over-item-cap';
