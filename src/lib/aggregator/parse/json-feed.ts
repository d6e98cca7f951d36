/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), validated with zod. A feed whose
 * top level is wrong fails as a whole, with each failing path listed; an item that is wrong is
 * skipped with a warning, so one bad item does not cost the others.
 */
import { z } from 'astro/zod';
import { pickFeedDate } from '../normalize/feed-date.ts';
import { FeedError } from '../types.ts';
import type { ParsedEntry, ParsedFeed } from '../types.ts';
import { escapeHtml } from './xml-query.ts';

const VERSION = /^https?:\/\/jsonfeed\.org\/version\/(\d+(?:\.\d+)?)\/?$/;
const BARE_VERSION = /^(1(?:\.[01])?)$/;

/** An author object (1.0 `author`, 1.1 `authors[]`). */
const authorSchema = z.object({
	/** The author's name. */
	name: z.string().nullish().catch(null),
});

/**
 * One item; every field optional, as feeds in the wild omit most of them. A field of the wrong
 * type reads as absent (`.catch(null)`), so one bad field never costs the item its other fields.
 */
const itemSchema = z.object({
	/** Unique id; numbers occur in practice and are read as strings. */
	id: z.union([z.string(), z.number()]).nullish().catch(null),
	/** The item's permalink. */
	url: z.string().nullish().catch(null),
	/** A link to what the item is about, elsewhere. */
	external_url: z.string().nullish().catch(null),
	/** Plain-text title. */
	title: z.string().nullish().catch(null),
	/** HTML body. */
	content_html: z.string().nullish().catch(null),
	/** Plain-text body. */
	content_text: z.string().nullish().catch(null),
	/** Plain-text summary. */
	summary: z.string().nullish().catch(null),
	/** RFC 3339 publication date. */
	date_published: z.string().nullish().catch(null),
	/** RFC 3339 modification date. */
	date_modified: z.string().nullish().catch(null),
	/** JSON Feed 1.0 author. */
	author: authorSchema.nullish().catch(null),
	/** JSON Feed 1.1 authors. */
	authors: z.array(authorSchema).nullish().catch(null),
	/** Tags, used as categories. */
	tags: z.array(z.string().catch('')).nullish().catch(null),
});

/** The top level of a JSON Feed. */
const feedSchema = z.object({
	/** The version URL, https://jsonfeed.org/version/1 or /1.1. */
	version: z.string(),
	/** The feed's title. */
	title: z.string().nullish(),
	/** The site the feed belongs to. */
	home_page_url: z.string().nullish(),
	/** The items, checked one by one. */
	items: z.array(z.unknown()),
});

/** Parses JSON Feed 1.x; throws FeedError 'json-error', 'not-a-feed' or 'unsupported-format'. */
export function parseJsonFeed(text: string): ParsedFeed {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new FeedError('json-error', `Invalid JSON: ${(error as Error).message}`);
	}
	const warnings: string[] = [];
	const version =
		isRecord(data) && typeof data['version'] === 'string' ? data['version'].trim() : '';
	let major = VERSION.exec(version)?.[1];
	// Some generators write the bare number; with an items array that is still a JSON Feed.
	if (major === undefined && isRecord(data) && Array.isArray(data['items'])) {
		major = BARE_VERSION.exec(version)?.[1];
		if (major) warnings.push(`"version" should be https://jsonfeed.org/version/${major}.`);
	}
	if (major === undefined) {
		throw new FeedError(
			'not-a-feed',
			'The JSON document is not a JSON Feed: it has no "version" of https://jsonfeed.org/version/1 or 1.1.',
		);
	}
	if (!major.startsWith('1')) {
		throw new FeedError('unsupported-format', `JSON Feed version ${major} is not supported.`);
	}
	const feed = feedSchema.safeParse(data);
	if (!feed.success) {
		throw new FeedError('not-a-feed', `Invalid JSON Feed: ${describeIssues(feed.error)}`);
	}
	const entries: ParsedEntry[] = [];
	const base = feed.data.home_page_url ?? null;
	feed.data.items.forEach((raw, index) => {
		const item = itemSchema.safeParse(raw);
		if (item.success) entries.push(toEntry(item.data, base));
		else warnings.push(`items[${index}] skipped: ${describeIssues(item.error)}`);
	});
	return {
		format: 'jsonfeed',
		title: feed.data.title ? escapeHtml(feed.data.title) : null,
		link: feed.data.home_page_url ?? null,
		entries,
		warnings,
	};
}

function toEntry(item: z.infer<typeof itemSchema>, base: string | null): ParsedEntry {
	const authors = (item.authors ?? (item.author ? [item.author] : []))
		.map((a) => a.name?.trim())
		.filter((name): name is string => Boolean(name));
	const textContent = item.content_text ? escapeHtml(item.content_text) : null;
	return {
		guid: item.id == null ? null : String(item.id),
		title: item.title ? escapeHtml(item.title) : null,
		link: item.url ?? item.external_url ?? null,
		base,
		summary: item.summary ? escapeHtml(item.summary) : null,
		content: item.content_html ?? textContent,
		date: pickFeedDate([item.date_published, item.date_modified]),
		author: authors.length ? authors.join(', ') : null,
		categories: [...new Set(item.tags ?? [])].filter((tag) => tag !== ''),
	};
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeIssues(error: z.ZodError): string {
	return error.issues
		.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`)
		.join('; ');
}
