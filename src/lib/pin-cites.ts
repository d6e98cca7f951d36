/**
 * Federal Register pin cites. The order fills 91 FR 34565–34567, but the page of only a few
 * sub-sections is confirmed (`ORDER.confirmedPages`). A pin cite below the document range must name
 * a sub-section confirmed on that page; otherwise the site gives the document's range. Pure.
 */
import { ORDER } from './order-document.ts';

const [FIRST_PAGE, LAST_PAGE] = ORDER.pages;

function confirmedList(): string {
	return Object.entries(ORDER.confirmedPages)
		.map(([sub, page]) => `§${sub} on ${page}`)
		.join(', ');
}

/**
 * What is wrong with citing `page` for sub-section `sub` (e.g. "3(a)"; undefined or a bare section
 * number such as "3" when the cite names no sub-section), or undefined when the pin cite is confirmed.
 */
export function pinCiteProblem(sub: string | undefined, page: number): string | undefined {
	if (page < FIRST_PAGE || page > LAST_PAGE) {
		return `page outside the order's range ${ORDER.citation}`;
	}
	const confirmed = sub === undefined ? undefined : ORDER.confirmedPages[sub];
	if (confirmed === page) return undefined;
	const named = sub === undefined ? 'no sub-section' : `§${sub}`;
	return `pin cite for ${named} is not confirmed (confirmed: ${confirmedList()}); cite ${ORDER.citation}`;
}

/** What is wrong with listing `page` as a page on which section `section` is confirmed to appear. */
export function sectionPageProblem(section: number, page: number): string | undefined {
	const held = Object.entries(ORDER.confirmedPages).some(
		([sub, p]) => sub.startsWith(`${section}(`) && p === page,
	);
	return held ? undefined : `no sub-section of §${section} is confirmed on this page`;
}

/** A pin cite written in running text, with the sub-section named before it in the same sentence. */
export interface TextPinCite {
	/** The words as written, e.g. "page 34566". */
	text: string;
	page: number;
	/** Sub-section named last before the page in the same sentence, e.g. "3(a)". */
	sub: string | undefined;
}

const PAGE = /\b(91 FR |pages? |p\. ?)(\d{5})(?![–-]\d)/g;
const SUB = /(?:§\s?|\bSection )(\d+(?:\([a-z]\)(?:\([ivx]+\))?)?)/g;

/**
 * Pin cites in prose: "page 34566", "p. 34566" or "91 FR 34566". "91 FR 34565" alone is the
 * document's citation (its first page), not a pin cite, and is skipped.
 */
export function textPinCites(text: string): TextPinCite[] {
	const found: TextPinCite[] = [];
	for (const m of text.matchAll(PAGE)) {
		const page = Number(m[2]);
		if (m[1] === '91 FR ' && page === FIRST_PAGE) continue;
		const before = text.slice(0, m.index);
		const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
		const subs = [...sentence.matchAll(SUB)].map((s) => s[1]);
		found.push({ text: m[0], page, sub: subs.at(-1) });
	}
	return found;
}
