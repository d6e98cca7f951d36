/**
 * Cross-reference checks over all collections. `validate.ts` checks each entry against its schema;
 * this module checks what no single schema can: that every id one entry names exists in its collection,
 * that grades agree with the sources they rest on (`grades.ts`), and that no evidence entry
 * whose note reports a delivery is typed so that the status rules ignore it.
 * Pure: it takes plain entries and returns problems, so the build and the tests share it.
 */
import type { Agency } from '../schemas/agency.ts';
import type { Claim } from '../schemas/claim.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { Feed } from '../schemas/feed.ts';
import type { MilestoneData } from '../schemas/milestone.ts';
import type { FeedState, NewsItem } from '../schemas/news.ts';
import type { ChangelogEntry } from '../schemas/changelog.ts';
import type { OrderSectionData } from '../schemas/order.ts';
import type { Source } from '../schemas/source.ts';
import { gradeProblems } from './grades.ts';
import { deliveryWording } from '../evidence-wording.ts';
import { mdxQuotes, mdxReferences } from './mdx-references.ts';
import { pinCiteProblem, sectionPageProblem, textPinCites } from '../pin-cites.ts';
import { quoteMatches, quotedSpans } from '../quotes.ts';
import { evidenceHedgeProblem, hedgeProblem } from '../hedges.ts';
import { labelProblems, sameDayLabelProblems } from './labels.ts';
import { formatProblems, type Problem } from './validate.ts';

/** An entry as Astro's content layer returns it: id, data, and where it came from. */
export interface EntryLike<T> {
	id: string;
	data: T;
	filePath?: string | undefined;
	body?: string | undefined;
}

/** Every collection, as plain entries. */
export interface SiteContent {
	order: ReadonlyArray<EntryLike<OrderSectionData>>;
	milestones: ReadonlyArray<EntryLike<MilestoneData>>;
	agencies: ReadonlyArray<EntryLike<Agency>>;
	sources: ReadonlyArray<EntryLike<Source>>;
	claims: ReadonlyArray<EntryLike<Claim>>;
	events: ReadonlyArray<EntryLike<TimelineEvent>>;
	feeds: ReadonlyArray<EntryLike<Feed>>;
	news: ReadonlyArray<EntryLike<NewsItem>>;
	feedState: ReadonlyArray<EntryLike<FeedState>>;
	changelog: ReadonlyArray<EntryLike<ChangelogEntry>>;
}

/** Thrown by `assertIntegrity`; its message lists every problem, one per line. */
export class ContentIntegrityError extends Error {
	override name = 'ContentIntegrityError';
	readonly problems: readonly Problem[];
	constructor(problems: readonly Problem[]) {
		super(formatProblems('Content integrity check failed', problems));
		this.problems = problems;
	}
}

/**
 * Evidence entries of one requirement whose note reports a delivery ("finalized", "issued") while
 * the entry is typed `started` or `context`, so that the status rules would never see the delivery.
 */
export function evidenceTypingProblems(entry: EntryLike<MilestoneData>): Problem[] {
	return entry.data.evidence.flatMap((ev, i) => {
		const words =
			ev.shows === 'started' || ev.shows === 'context' ? deliveryWording(ev.note) : null;
		if (words === null) return [];
		return [
			{
				file: entry.filePath ?? '(collection milestones)',
				entry: entry.id,
				field: `evidence[${i}].shows`,
				value: ev.shows,
				message: `the note reports a delivery ("${words}"): type it "delivered" or "delivered-in-part" (a public record) or "delivery-claimed" (a statement or press report), or reword the note; it is typed`,
			},
		];
	});
}

/** Throws `ContentIntegrityError` when `findProblems` finds anything. */
export function assertIntegrity(content: SiteContent): void {
	const problems = findProblems(content);
	if (problems.length > 0) throw new ContentIntegrityError(problems);
}

/** Every broken cross-reference and disagreeing grade in `content`, in a stable order. */
export function findProblems(content: SiteContent): Problem[] {
	const ids = {
		order: new Set(content.order.map((e) => e.id)),
		milestones: new Set(content.milestones.map((e) => e.id)),
		agencies: new Set(content.agencies.map((e) => e.id)),
		sources: new Set(content.sources.map((e) => e.id)),
		feeds: new Set(content.feeds.map((e) => e.id)),
	};
	const terms = new Set(content.order.flatMap((e) => e.data.terms.map((t) => t.id)));
	const sourceData = new Map(content.sources.map((e) => [e.id, e.data]));
	const problems: Problem[] = [];

	function checker(collection: string, entry: EntryLike<unknown>) {
		const file = entry.filePath ?? `(collection ${collection})`;
		return (field: string, value: string, known: Set<string>, what: string) => {
			if (!known.has(value)) {
				problems.push({ file, entry: entry.id, field, value, message: `unknown ${what}` });
			}
		};
	}
	const each = (
		check: ReturnType<typeof checker>,
		field: string,
		values: readonly string[],
		known: Set<string>,
		what: string,
	) => values.forEach((v, i) => check(`${field}[${i}]`, v, known, what));

	for (const entry of content.order) {
		const check = checker('order', entry);
		each(check, 'actors', entry.data.actors, ids.agencies, 'agency');
		each(check, 'sources', entry.data.sources, ids.sources, 'source');
		entry.data.terms.forEach((term, i) =>
			each(check, `terms[${i}].sources`, term.sources, ids.sources, 'source'),
		);
		const refs = mdxReferences(entry.body ?? '');
		refs.sources.forEach((ref) => check(`body line ${ref.line}`, ref.id, ids.sources, 'source'));
		refs.terms.forEach((ref) => check(`body line ${ref.line}`, ref.id, terms, 'term'));
	}
	for (const entry of content.milestones) {
		const check = checker('milestones', entry);
		const d = entry.data;
		check('section', d.section, ids.order, 'order section');
		each(check, 'lead', d.lead, ids.agencies, 'agency');
		each(check, 'consulted', d.consulted, ids.agencies, 'agency');
		each(check, 'sources', d.sources, ids.sources, 'source');
		if (d.quote) check('quote.source', d.quote.source, ids.sources, 'source');
		d.evidence.forEach((ev, i) => {
			each(check, `evidence[${i}].sources`, ev.sources, ids.sources, 'source');
			const cited = ev.sources.flatMap((id) => sourceData.get(id) ?? []);
			const message = evidenceHedgeProblem(ev.note, cited);
			const file = entry.filePath ?? '(collection milestones)';
			if (message)
				problems.push({
					file,
					entry: entry.id,
					field: `evidence[${i}].note`,
					value: ev.note,
					message,
				});
		});
		problems.push(...evidenceTypingProblems(entry));
	}
	for (const entry of content.agencies) {
		const check = checker('agencies', entry);
		if (entry.data.parent !== undefined) check('parent', entry.data.parent, ids.agencies, 'agency');
		each(check, 'feeds', entry.data.feeds, ids.feeds, 'feed');
		each(check, 'sources', entry.data.sources, ids.sources, 'source');
	}
	for (const entry of content.sources) {
		const check = checker('sources', entry);
		if (entry.data.via !== undefined) check('via', entry.data.via, ids.sources, 'source');
	}
	for (const entry of content.claims) {
		const check = checker('claims', entry);
		if (entry.data.section !== undefined) {
			check('section', entry.data.section, ids.order, 'order section');
		}
		each(check, 'requirements', entry.data.requirements, ids.milestones, 'requirement');
		entry.data.positions.forEach((p, i) =>
			check(`positions[${i}].source`, p.source, ids.sources, 'source'),
		);
	}
	for (const entry of content.events) {
		const { title, summary, sources } = entry.data;
		const cited = sources.flatMap((id) => sourceData.get(id) ?? []);
		const hedge = hedgeProblem(`${title} ${summary}`, cited);
		if (hedge) {
			const file = entry.filePath ?? '(collection events)';
			problems.push({
				file,
				entry: entry.id,
				field: 'title, summary',
				value: title,
				message: hedge,
			});
		}
		problems.push(...specificsProblems(entry, cited), ...labelProblems(entry, cited));
		const check = checker('events', entry);
		each(check, 'sources', entry.data.sources, ids.sources, 'source');
		each(check, 'milestones', entry.data.milestones, ids.milestones, 'milestone');
		each(check, 'sections', entry.data.sections, ids.order, 'order section');
	}
	problems.push(...sameDayLabelProblems(content.events));
	for (const entry of content.feeds) {
		const check = checker('feeds', entry);
		if (entry.data.agency !== undefined) check('agency', entry.data.agency, ids.agencies, 'agency');
	}
	for (const entry of content.news) {
		const check = checker('news', entry);
		check('feed', entry.data.feed, ids.feeds, 'feed');
		each(check, 'milestones', entry.data.milestones, ids.milestones, 'milestone');
		entry.data.alsoReportedBy.forEach((a, i) =>
			check(`alsoReportedBy[${i}].feed`, a.feed, ids.feeds, 'feed'),
		);
	}
	for (const entry of content.feedState) {
		checker('feedState', entry)('id', entry.data.id, ids.feeds, 'feed');
	}
	problems.push(...gradeProblems(content));
	problems.push(...pinCiteProblems(content), ...orderQuoteProblems(content));
	return problems;
}

/**
 * Quotations of the order agree with the order's text as the content quotes it (MDX `<Quote>`
 * blocks and milestone `quote.text`): two quotations of the same sub-section agree word for word
 * where they overlap (one matches the other, ellipses allowed), and the quoted words of a claim's
 * `orderAnswer` appear in that text (a single quoted word names a word and is not checked).
 */
function orderQuoteProblems(content: SiteContent): Problem[] {
	const problems: Problem[] = [];
	const quotes: Array<{ entry: EntryLike<unknown>; field: string; sub: string; text: string }> = [];
	for (const e of content.order) {
		for (const q of mdxQuotes(e.body ?? '')) {
			quotes.push({ entry: e, field: `body line ${q.line}`, sub: q.sub, text: q.text });
		}
	}
	for (const e of content.milestones) {
		if (e.data.quote) {
			quotes.push({
				entry: e,
				field: 'quote.text',
				sub: e.data.subsection,
				text: e.data.quote.text,
			});
		}
	}
	const agree = (a: string, b: string) => quoteMatches(a, b) || quoteMatches(b, a);
	quotes.forEach((q, i) => {
		const other = quotes.find((o, j) => j < i && o.sub === q.sub && !agree(o.text, q.text));
		if (other) {
			problems.push({
				file: q.entry.filePath ?? '(content)',
				entry: q.entry.id,
				field: q.field,
				value: q.text,
				message: `differs from the quotation of §${q.sub} in ${other.entry.filePath ?? other.entry.id} (${other.field})`,
			});
		}
	});
	const corpus = quotes.map((q) => q.text).join(' … ');
	for (const e of content.claims) {
		for (const quote of quotedSpans(e.data.orderAnswer ?? '')) {
			// A single quoted word names a word ("does not use "testing""); it quotes nothing.
			if (/\s/.test(quote) && !quoteMatches(quote, corpus)) {
				problems.push({
					file: e.filePath ?? '(content)',
					entry: e.id,
					field: 'orderAnswer',
					value: quote,
					message: "is not in the order's text as quoted in the content",
				});
			}
		}
	}
	return problems;
}

/**
 * An event's cited sources carry its stated specifics: each of its `specifics` is written in its
 * title or summary and is among the `supports` of at least one cited source.
 */
function specificsProblems(entry: EntryLike<TimelineEvent>, cited: readonly Source[]): Problem[] {
	const file = entry.filePath ?? '(collection events)';
	const text = `${entry.data.title} ${entry.data.summary}`;
	const supported = new Set(cited.flatMap((s) => s.supports ?? []));
	const problems: Problem[] = [];
	(entry.data.specifics ?? []).forEach((value, i) => {
		const field = `specifics[${i}]`;
		if (!text.includes(value)) {
			problems.push({
				file,
				entry: entry.id,
				field,
				value,
				message: 'is not stated in the title or summary',
			});
		}
		if (!supported.has(value)) {
			const ids = cited.map((s) => s.id).join(', ');
			problems.push({
				file,
				entry: entry.id,
				field,
				value,
				message: `is in no cited source's supports (${ids})`,
			});
		}
	});
	return problems;
}

/** Prose fields of each collection that may carry a pin cite in running text. */
function proseFields(content: SiteContent): Array<[EntryLike<unknown>, string, string]> {
	const fields: Array<[EntryLike<unknown>, string, string]> = [];
	for (const e of content.order) {
		fields.push([e, 'summary', e.data.summary], [e, 'body', e.body ?? '']);
		e.data.terms.forEach((t, i) => fields.push([e, `terms[${i}].definition`, t.definition]));
	}
	for (const e of content.milestones) {
		fields.push([e, 'deliverable', e.data.deliverable]);
		e.data.evidence.forEach((ev, i) => fields.push([e, `evidence[${i}].note`, ev.note]));
	}
	for (const e of content.claims) {
		const d = e.data;
		fields.push([e, 'question', d.question], [e, 'explanation', d.explanation]);
		if (d.orderAnswer) fields.push([e, 'orderAnswer', d.orderAnswer]);
	}
	for (const e of content.events) {
		fields.push([e, 'title', e.data.title], [e, 'label', e.data.label]);
		fields.push([e, 'summary', e.data.summary]);
	}
	for (const e of content.sources) fields.push([e, 'summary', e.data.summary]);
	return fields;
}

/**
 * Every Federal Register pin cite below the document range must name the sub-section confirmed on
 * that page (`ORDER.confirmedPages`): claims' `frPage`, milestone quotes' `frPage`, MDX
 * `<Quote fr>`, sections' `frPages`, and pages written in prose.
 */
function pinCiteProblems(content: SiteContent): Problem[] {
	const problems: Problem[] = [];
	const add = (entry: EntryLike<unknown>, field: string, value: string, message?: string) => {
		if (message === undefined) return;
		const file = entry.filePath ?? '(content)';
		problems.push({ file, entry: entry.id, field, value, message });
	};
	for (const e of content.order) {
		e.data.frPages.forEach((page, i) =>
			add(e, `frPages[${i}]`, String(page), sectionPageProblem(e.data.section, page)),
		);
		for (const q of mdxQuotes(e.body ?? '')) {
			if (q.fr !== undefined) {
				add(e, `body line ${q.line}`, `§${q.sub}, 91 FR ${q.fr}`, pinCiteProblem(q.sub, q.fr));
			}
		}
	}
	for (const e of content.milestones) {
		const page = e.data.quote?.frPage;
		if (page !== undefined) {
			add(e, 'quote.frPage', String(page), pinCiteProblem(e.data.subsection, page));
		}
	}
	for (const e of content.claims) {
		const page = e.data.frPage;
		if (page !== undefined) add(e, 'frPage', String(page), pinCiteProblem(e.data.subsection, page));
	}
	for (const [entry, field, text] of proseFields(content)) {
		for (const pin of textPinCites(text)) {
			add(entry, field, pin.text, pinCiteProblem(pin.sub, pin.page));
		}
	}
	return problems;
}
