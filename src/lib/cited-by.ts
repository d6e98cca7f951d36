/**
 * Every page of the site that cites a source, so a source page can list them: the home page, the
 * order pages (frontmatter, `<Cite ids>` in the text, defined terms), requirements (their sources,
 * quotes and evidence), claims, timeline events and agencies. Pure.
 */
import { HOME_SINCE_THEN, HOME_SOURCES } from './home.ts';
import { orderDocumentSourceIds } from './order-document.ts';
import type { Site } from './site-data.ts';
import { route } from './href.ts';

/** One citing page: reader-facing label and site-relative path. */
export interface CitingPage {
	label: string;
	path: string;
}

const CITE_IDS = /\bids="([^"]+)"/g;

/** The ids a section's MDX text cites with `<Cite ids="…">`. */
function bodyIds(body: string): string[] {
	return [...body.matchAll(CITE_IDS)].flatMap((m) => m[1]!.split(/\s+/));
}

/** The pages citing `sourceId`, in reading order (home, order, requirements, claims, events, agencies). */
export function citedBy(site: Site, sourceId: string): CitingPage[] {
	const pages: CitingPage[] = [];
	const home = [
		...HOME_SOURCES.whatItDoes,
		...HOME_SOURCES.whatItDoesNot,
		...HOME_SINCE_THEN.flatMap((s) => s.sources),
		...orderDocumentSourceIds(),
	];
	if (home.includes(sourceId)) pages.push({ label: 'Home page', path: route.home });
	if (orderDocumentSourceIds().includes(sourceId)) {
		pages.push({ label: 'The order at a glance', path: route.order });
	}
	for (const s of site.sections) {
		const ids = [...s.sources, ...bodyIds(s.body), ...s.terms.flatMap((t) => t.sources)];
		if (ids.includes(sourceId)) {
			pages.push({ label: `§${s.section} ${s.heading}`, path: route.section(s.id) });
		}
	}
	for (const m of site.milestones) {
		const ids = [
			...m.sources,
			...(m.quote ? [m.quote.source] : []),
			...m.evidence.flatMap((e) => e.sources),
		];
		if (ids.includes(sourceId)) {
			pages.push({ label: `§${m.subsection} ${m.title}`, path: route.milestone(m.id) });
		}
	}
	for (const c of site.claims) {
		if (c.positions.some((p) => p.source === sourceId)) {
			pages.push({ label: `Claim: ${c.question}`, path: route.claim(c.id) });
		}
	}
	for (const e of site.events) {
		if (e.sources.includes(sourceId)) {
			pages.push({ label: `Timeline: ${e.title}`, path: route.event(e.id) });
		}
	}
	for (const [id, a] of site.agencies) {
		if (a.sources.includes(sourceId)) pages.push({ label: a.name, path: route.agency(id) });
	}
	return pages;
}
