/**
 * The one place that queries Astro's content collections. Loads every collection once per build,
 * and the news store and feed state (read and validated directly, see content.config.ts), checks
 * cross-references, and returns plain, sorted data for pages to render. A broken reference
 * stops the build with a message naming the file, the field and the value.
 */
import { getCollection } from 'astro:content';
import { HOME_SINCE_THEN, HOME_SOURCES } from '../home.ts';
import { hedgeProblem } from '../hedges.ts';
import { orderDocumentSourceIds } from '../order-document.ts';
import {
	ContentIntegrityError,
	findProblems,
	type EntryLike,
	type SiteContent,
} from './integrity.ts';
import type { Problem } from './validate.ts';
import { readFeedState, readStore } from '../aggregator/store/store-file.ts';
import { buildSite, type Site } from '../site-data.ts';

/** The news store, relative to the project root (the build's working directory). */
const NEWS_STORE = 'content/news/news.json';
/** Feed state, written by `npm run feeds` and not tracked: a checkout that never refreshed has none. */
const FEED_STATE = 'state/feed-state.json';

let cached: Promise<Site> | undefined;

/** All site content, validated and cross-checked. Memoized for the build. */
export function getSite(): Promise<Site> {
	cached ??= loadSite();
	return cached;
}

async function loadSite(): Promise<Site> {
	const content: SiteContent = {
		order: await getCollection('order'),
		milestones: await getCollection('milestones'),
		agencies: await getCollection('agencies'),
		sources: await getCollection('sources'),
		claims: await getCollection('claims'),
		events: await getCollection('events'),
		feeds: await getCollection('feeds'),
		news: (await readStore(NEWS_STORE)).map((data) => ({
			id: data.id,
			filePath: NEWS_STORE,
			data,
		})),
		feedState: (await readFeedState(FEED_STATE, { allowMissing: true })).map((data) => ({
			id: data.id,
			filePath: FEED_STATE,
			data,
		})),
		changelog: await getCollection('changelog'),
	};
	const problems = [...requiredContentProblems(content), ...findProblems(content)];
	if (problems.length > 0) throw new ContentIntegrityError(problems);
	return buildSite(content);
}

function requiredContentProblems(content: SiteContent): Problem[] {
	const problems: Problem[] = [];
	const sources = new Set(content.sources.map((e) => e.id));
	const fixed: Array<[file: string, entry: string, ids: readonly string[]]> = [
		['src/lib/order-document.ts', 'ORDER', orderDocumentSourceIds()],
		['src/lib/home.ts', 'HOME_SOURCES', Object.values(HOME_SOURCES).flat()],
		['src/lib/home.ts', 'HOME_SINCE_THEN', HOME_SINCE_THEN.flatMap((s) => s.sources)],
	];
	for (const [file, entry, ids] of fixed) {
		for (const id of ids.filter((i) => !sources.has(i))) {
			problems.push({ file, entry, field: 'sources', value: id, message: 'unknown source' });
		}
	}
	const byId = new Map(content.sources.map((e) => [e.id, e.data]));
	HOME_SINCE_THEN.forEach((statement, i) => {
		const sources = statement.sources.flatMap((id) => byId.get(id) ?? []);
		const message = hedgeProblem(statement.text, sources);
		if (message) {
			const [file, entry, field] = ['src/lib/home.ts', 'HOME_SINCE_THEN', `[${i}].text`];
			problems.push({ file, entry, field, value: statement.text, message });
		}
	});
	const required: Array<[string, ReadonlyArray<EntryLike<unknown>>, string]> = [
		['order', content.order, 'content/order/*.mdx'],
		['agencies', content.agencies, 'content/agencies/agencies.json'],
		['sources', content.sources, 'content/sources/sources.json'],
		['milestones', content.milestones, 'content/milestones/*.json'],
	];
	for (const [name, entries, file] of required) {
		if (entries.length === 0) {
			problems.push({ file, entry: '*', field: '*', value: name, message: 'no entries in' });
		}
	}
	return problems;
}
