/**
 * The search records: one minimal, flat record per thing a reader may look for (an order section
 * and each of its headings, a requirement, an agency, a source, a claim, an event, a news item).
 * Built at build time from the site data; pure.
 */
import GithubSlugger from 'github-slugger';
import { newsListingPaths, sortNews } from '../news.ts';
import type { Site } from '../site-data.ts';
import { truncate } from '../site.ts';
import { sourceNameText } from '../source-labels.ts';

/** Kinds of record, in the order result groups are shown. */
export const RECORD_TYPES = [
	'section',
	'milestone',
	'agency',
	'source',
	'claim',
	'event',
	'news',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** Plural labels for the type filter and result groups. */
export const TYPE_LABEL: Readonly<Record<RecordType, string>> = {
	section: 'Order text',
	milestone: 'Requirements',
	agency: 'Agencies',
	source: 'Sources',
	claim: 'Claims',
	event: 'Events',
	news: 'News',
};

/** One searchable thing. `url` is site-relative (no base path). */
export interface SearchRecord {
	id: string;
	type: RecordType;
	title: string;
	/** A short plain-text description, at most TEXT_MAX characters. */
	text: string;
	/** ISO day, when the thing has one. */
	date: string | null;
	url: string;
	/** Extra words to match on (publisher, agency, section), not shown. */
	keywords: string;
}

/** Longest `text` kept in a record: enough for a snippet, small enough to keep the index light. */
export const TEXT_MAX = 280;

/** MDX or Markdown reduced to plain text: components, expressions, links and emphasis removed. */
export function plainMarkdown(source: string): string {
	return source
		.replace(/<[^>]*>/g, ' ')
		.replace(/\{[^}]*\}/g, ' ')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`>#|]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The `##` and `###` headings of an MDX body with their anchors (as the page renders them) and the text under each. */
export function headingsOf(body: string): Array<{ heading: string; anchor: string; text: string }> {
	const slugger = new GithubSlugger();
	const parts = body.split(/^(#{2,3})\s+(.+)$/m);
	const result: Array<{ heading: string; anchor: string; text: string }> = [];
	for (let i = 1; i + 2 < parts.length + 1; i += 3) {
		const heading = plainMarkdown(parts[i + 1] ?? '');
		if (!heading) continue;
		result.push({
			heading,
			anchor: slugger.slug(heading),
			text: plainMarkdown(parts[i + 2] ?? ''),
		});
	}
	return result;
}

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : null);

/** Every record of the site, in a stable order. */
export function searchRecords(site: Site): SearchRecord[] {
	const records: SearchRecord[] = [];
	const add = (r: Omit<SearchRecord, 'text'> & { text: string }) =>
		records.push({ ...r, text: truncate(r.text, TEXT_MAX) });
	for (const s of site.sections) {
		const url = `/order/${s.id}/`;
		add({
			id: s.id,
			type: 'section',
			title: `Section ${s.section}: ${s.heading}`,
			text: s.summary,
			date: null,
			url,
			keywords: `§${s.section} ${s.short}`,
		});
		for (const h of headingsOf(s.body)) {
			add({
				id: `${s.id}#${h.anchor}`,
				type: 'section',
				title: `§${s.section} ${s.short}: ${h.heading}`,
				text: h.text,
				date: null,
				url: `${url}#${h.anchor}`,
				keywords: `§${s.section}`,
			});
		}
	}
	for (const m of site.milestones) {
		add({
			id: m.id,
			type: 'milestone',
			title: `§${m.subsection} ${m.title}`,
			text: m.deliverable,
			date: null,
			url: `/milestones/${m.id}/`,
			keywords: m.lead.map((id) => site.agencies.get(id)?.name ?? id).join(' '),
		});
	}
	for (const [id, a] of site.agencies) {
		add({
			id,
			type: 'agency',
			title: a.name,
			text: a.role,
			date: null,
			url: `/agencies/${id}/`,
			keywords: a.short,
		});
	}
	for (const [id, s] of site.sources) {
		add({
			id,
			type: 'source',
			title: sourceNameText(s),
			text: s.summary,
			date: s.date ?? null,
			url: `/sources/${id}/`,
			keywords: s.publisher,
		});
	}
	for (const c of site.claims) {
		add({
			id: c.id,
			type: 'claim',
			title: c.question,
			text: c.explanation,
			date: null,
			url: `/claims/${c.id}/`,
			keywords: c.short,
		});
	}
	for (const e of site.events) {
		add({
			id: e.id,
			type: 'event',
			title: e.title,
			text: e.summary,
			date: e.date,
			url: `/timeline/#${e.id}`,
			keywords: e.lane,
		});
	}
	// Newest first, so that the index can keep the newest items and shard the rest (shards.ts).
	const listed = newsListingPaths(site.news);
	for (const n of sortNews(site.news)) {
		add({
			id: n.id,
			type: 'news',
			title: n.title,
			text: n.summary ?? '',
			date: n.dateSource === 'feed' ? day(n.published) : null,
			url: listed.get(n.id)!,
			keywords: n.publisher,
		});
	}
	return records;
}
