/**
 * Words that make an evidence note read as a reported delivery ("the framework was finalized",
 * "CISA issued a directive"). An entry whose note reads that way must be typed as a delivery
 * (`delivered`, `delivered-in-part` or `delivery-claimed`), or the status rules never see it.
 * Pure.
 */

/** Verbs and phrases that report the deliverable as done. */
const DELIVERY_WORDS =
	/\b(finali[sz]ed|launch(?:ed|es)|issu(?:ed|es)|publish(?:ed|es)|complet(?:ed|es)|deliver(?:ed|s)|formed|stood up|stands up|went live|(?:shows?|showed|shown|present(?:s|ed)?) (?:the|its) (?:framework|process|clearinghouse|directive|benchmark|plan|determination|pathways?))\b/giu;

/** A negation this close before the words makes them report an absence ("no published metrics"). */
const NEGATION = /\b(no|not|nothing|never|without|none)\b[^.;:]{0,24}$/iu;

/** The first words of `note` that report a delivery, or null when it reports none. */
export function deliveryWording(note: string): string | null {
	for (const match of note.matchAll(DELIVERY_WORDS)) {
		if (!NEGATION.test(note.slice(0, match.index))) return match[0];
	}
	return null;
}
