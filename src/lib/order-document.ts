/**
 * Identity of the order itself, from the fact base (§1 Identity). Each fact names the sources
 * (ids in `content/sources`) that support it; the build checks that they exist.
 */
import type { IsoDay } from './dates.ts';

/** The order's identity and publication record. */
export const ORDER = {
	/** Executive order number assigned in the Federal Register. */
	number: 14409,
	/** Title as signed. */
	title: 'Promoting Advanced Artificial Intelligence Innovation and Security',
	/** Date of the order (signed privately, no ceremony): day 0 for every deadline. */
	signed: '2026-06-02' as IsoDay,
	/** Federal Register publication date. */
	published: '2026-06-05' as IsoDay,
	/** Federal Register citation range. */
	citation: '91 FR 34565–34567',
	/** First and last Federal Register pages. */
	pages: [34565, 34567] as const,
	/**
	 * Federal Register pages confirmed for a sub-section, from the fact base (§1 Identity: "§3(a) is
	 * on p. 34566"). The one data place for pin cites: a page below the document range may be given
	 * only with a sub-section listed here; otherwise the document's range is cited.
	 */
	confirmedPages: { '3(a)': 34566 } as Readonly<Record<string, number>>,
	/** Federal Register document number. */
	documentNumber: '2026-11415',
	/** Source ids for each fact above. */
	sources: {
		title: ['wh-fact-sheet', 'fr-eo-14409'],
		number: ['fr-eo-14409', 'crs-if13268'],
		signed: ['just-the-news', 'the-register'],
		published: ['fr-eo-14409'],
	},
	/** Source ids of the official texts, in the order they are offered to readers. */
	officialTexts: ['fr-eo-14409', 'govinfo-pdf', 'govinfo-html', 'wh-eo-page', 'fr-full-text'],
} as const;

/** Every source id the order record names, for the build's cross-reference check. */
export function orderDocumentSourceIds(): string[] {
	return [...Object.values(ORDER.sources).flat(), ...ORDER.officialTexts];
}
