/**
 * Citations as queries: "§3(b)", "sec. 2(c)(i)", "section 3(b)", "2(d)", "3 (b) (ii)", "EO 14409",
 * "Executive Order No. 14409", "FR Doc. 2026-11415" and "91 FR 34565" are read, whatever the spacing and punctuation,
 * as a canonical citation key that records carry in `cites`. Pure.
 */

import { ORDER } from '../order-document.ts';

/** Key of the order as a whole (executive order number or Federal Register citation). */
export const ORDER_CITE = 'eo';

/** The subsection confirmed on a Federal Register page, by page. */
const SUBSECTION_ON_PAGE = new Map(
	Object.entries(ORDER.confirmedPages).map(([subsection, page]) => [String(page), subsection]),
);

const SECTION =
	/^(?:§+|sec(?:t(?:ion)?)?\.?|s\.)?\s*([1-5])\s*(?:\(\s*([a-h])\s*\)|([a-h])(?![a-z]))?\s*(?:\(\s*([ivx]+)\s*\)|\.\s*([ivx]+))?$/i;
const EO = /^(?:e\.?\s*o\.?|executive\s+order)\s*(?:no\.?|number|#)?\s*14[,.]?409$/i;
const DOC = new RegExp(
	`^(?:(?:fr\\.?\\s*)?doc(?:ument)?\\.?\\s*(?:no\\.?\\s*)?)?${ORDER.documentNumber}$`,
	'i',
);
const FR =
	/^(?:91\s*)?f\.?\s*r\.?\s*(\d{5})$|^91\s*f(?:ed(?:eral)?)?\.?\s*r(?:eg(?:ister)?)?\.?\s*(\d{5})$/i;

/** Canonical key of a subsection as the content writes it: "2(c)(i)" → "2(c)(i)", "4" → "4". */
export function citeKey(section: string, letter?: string, roman?: string): string {
	return `${section}${letter ? `(${letter.toLowerCase()})` : ''}${
		letter && roman ? `(${roman.toLowerCase()})` : ''
	}`;
}

/**
 * The citation `query` names, as a key, or null when it is not a citation. A bare number is a
 * citation only with a section mark or word ("§3", "section 3"), since "3" alone is more often a
 * count; "14409" alone names the order.
 */
export function parseCitation(query: string): string | null {
	const q = query.trim().replace(/\s+/g, ' ');
	if (!q) return null;
	if (EO.test(q) || /^14[,.]?409$/.test(q) || DOC.test(q)) return ORDER_CITE;
	const fr = FR.exec(q);
	if (fr) {
		const page = Number(fr[1] ?? fr[2]);
		if (page < ORDER.pages[0] || page > ORDER.pages[1]) return null;
		return SUBSECTION_ON_PAGE.get(String(page)) ?? ORDER_CITE;
	}
	const m = SECTION.exec(q);
	if (!m) return null;
	const [, section, parenLetter, bareLetter, parenRoman, dotRoman] = m;
	const letter = parenLetter ?? bareLetter;
	const marked = /^(?:§|s)/i.test(q);
	if (!letter && !marked) return null;
	return citeKey(section!, letter, parenRoman ?? dotRoman);
}

/** The key and its broader keys, narrowest first: "3(b)(ii)" → ["3(b)(ii)", "3(b)", "3"]. */
export function citeAncestors(key: string): string[] {
	if (key === ORDER_CITE) return [ORDER_CITE];
	const out = [key];
	for (let k = key; k.includes('(');) {
		k = k.slice(0, k.lastIndexOf('('));
		out.push(k);
	}
	return out;
}

/** The ways a subsection key is written in running text, for finding records that mention it. */
export function citeForms(key: string): string[] {
	if (key === ORDER_CITE) return ['14409', '91 fr 3456'];
	return key.includes('(') ? [key] : [`§${key}`, `section ${key}`];
}
