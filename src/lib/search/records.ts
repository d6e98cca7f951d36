/**
 * The search records: one minimal, flat record per thing a reader may look for (an order section
 * and each of its headings, a requirement, an agency, a source, a claim, an event, a news item).
 * Built at build time from the site data; pure.
 */
import GithubSlugger from 'github-slugger';
import { CONFIDENCE } from '../citations.ts';
import { dayToUtcMs, type DatePrecision, type IsoDay } from '../dates.ts';
import { newsListingPaths, sortNews } from '../news.ts';
import { ORDER } from '../order-document.ts';
import type { Confidence } from '../schemas/common.ts';
import type { Site } from '../site-data.ts';
import { truncate } from '../site.ts';
import { sourceNameText } from '../source-labels.ts';
import { computeStatus } from '../status.ts';
import { STATUS_INFO } from '../status-text.ts';
import { citeKey, ORDER_CITE } from './citation.ts';
import type { SearchRecord } from './record-types.ts';
import { route } from '../href.ts';

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

const SHORT_DAY = new Intl.DateTimeFormat('en-US', {
	timeZone: 'UTC',
	year: 'numeric',
	month: 'short',
	day: 'numeric',
});
const SHORT_MONTH = new Intl.DateTimeFormat('en-US', {
	timeZone: 'UTC',
	year: 'numeric',
	month: 'short',
});

/** A day in the site's short style at its precision: "Jul 14, 2026", "Jul 2026", "around Jul 2, 2026". */
function shortDate(iso: IsoDay, precision: DatePrecision = 'day'): string {
	const at = new Date(dayToUtcMs(iso.slice(0, 10)));
	if (precision === 'month') return SHORT_MONTH.format(at);
	return `${precision === 'approximate' ? 'around ' : ''}${SHORT_DAY.format(at)}`;
}

const LONG_DAY = new Intl.DateTimeFormat('en-US', {
	timeZone: 'UTC',
	year: 'numeric',
	month: 'long',
	day: 'numeric',
});

/** Words a reader may search a date by: the long form, and the short one as shown. */
function dateWords(iso: IsoDay, when: string | undefined): string {
	const long = LONG_DAY.format(new Date(dayToUtcMs(iso.slice(0, 10))));
	if (when && !when.includes(',')) return `${long.replace(/ \d+,/, '')} ${when}`;
	return `${long} ${when ?? ''}`.trim();
}

const graded = (c: Confidence | undefined) =>
	c ? { grade: CONFIDENCE[c].label, confidence: c } : {};

/** Every record of the site, in a stable order; requirement statuses are computed for `asOf`. */
export function searchRecords(site: Site, asOf: IsoDay): SearchRecord[] {
	const records: SearchRecord[] = [];
	// A dated record also matches the date as readers write it ("July 14, 2026", "Jul 2026").
	const add = (r: SearchRecord) =>
		records.push({
			...r,
			text: truncate(r.text, TEXT_MAX),
			keywords: r.date ? `${r.keywords} ${dateWords(r.date, r.when)}`.trim() : r.keywords,
		});
	const agencyWords = (id: string) => {
		const a = site.agencies.get(id);
		return a ? [a.name, a.short, ...a.aliases].join(' ') : id;
	};
	add({
		id: 'order',
		type: 'section',
		title: `Executive Order ${ORDER.number}: ${ORDER.title}`,
		text: site.sections.map((s) => `§${s.section} ${s.short}`).join('; '),
		date: null,
		url: route.order,
		keywords: `EO ${ORDER.number} ${ORDER.citation}`,
		cites: [ORDER_CITE],
	});
	for (const s of site.sections) {
		const url = route.section(s.id);
		add({
			id: s.id,
			type: 'section',
			title: `Section ${s.section}: ${s.heading}`,
			text: s.summary,
			date: null,
			url,
			keywords: `§${s.section} ${s.short}`,
			cites: [citeKey(String(s.section))],
			...graded(s.headingConfidence),
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
			url: route.milestone(m.id),
			keywords: [...m.aliases, ...m.lead.map(agencyWords)].join(' '),
			cites: [m.subsection],
			...(m.aliases.length ? { names: m.aliases } : {}),
			by: m.lead.map((id) => site.agencies.get(id)?.short ?? id).join(', '),
			status: STATUS_INFO[computeStatus(m, ORDER.signed, asOf).kind].label,
		});
	}
	for (const [id, a] of site.agencies) {
		add({
			id,
			type: 'agency',
			title: a.name,
			text: a.role,
			date: null,
			url: route.agency(id),
			keywords: [a.short, ...a.aliases].join(' '),
			names: [a.name, a.short, ...a.aliases],
		});
	}
	for (const [id, s] of site.sources) {
		add({
			id,
			type: 'source',
			title: sourceNameText(s),
			text: s.summary,
			date: s.date ?? null,
			url: route.source(id),
			// The whole summary, since people and programs are often named past the snippet.
			keywords: `${s.publisher} ${s.short} ${s.summary.length > TEXT_MAX ? s.summary : ''}`.trim(),
			by: s.publisher,
			names: [s.publisher, s.short],
			...(s.date ? { when: shortDate(s.date, s.datePrecision) } : {}),
			...graded(s.tier),
		});
	}
	for (const c of site.claims) {
		add({
			id: c.id,
			type: 'claim',
			title: c.question,
			text: c.explanation,
			date: null,
			url: route.claim(c.id),
			keywords: c.short,
			...(c.subsection ? { cites: [c.subsection] } : {}),
		});
	}
	for (const e of site.events) {
		add({
			id: e.id,
			type: 'event',
			title: e.title,
			text: e.summary,
			date: e.date,
			url: route.event(e.id),
			keywords: e.lane,
			when: shortDate(e.date, e.precision),
			...graded(e.confidence),
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
			by: n.publisher,
			...(n.dateSource === 'feed' ? { when: shortDate(n.published) } : {}),
		});
	}
	return records;
}
