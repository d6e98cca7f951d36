/**
 * The home page's summary, with the sources behind each statement. Kept as data so that a change
 * to the wording is seen with its sources; the build checks that the sources exist and that a
 * statement resting only on reporting carries a hedge.
 */

/** One statement of the summary and the sources behind it. */
export interface HomeStatement {
	text: string;
	sources: readonly string[];
}

export const HOME_SOURCES = {
	whatItDoes: ['wh-fact-sheet', 'pearl-cohen', 'pillsbury', 'research-notes'],
	whatItDoesNot: ['research-notes', 'wh-fact-sheet'],
} as const;

/** "Since then": what has happened, one statement per source set. */
export const HOME_SINCE_THEN: readonly HomeStatement[] = [
	{
		text: 'CISA issued a directive on June 10, and the White House launched the “GOLD EAGLE” clearinghouse on July 14.',
		sources: ['cisa-bod-26-04', 'wh-gold-eagle'],
	},
	{
		text: 'According to trackers, the 60-day deliverables were not published by their August 1 deadline, and Fortune reported that the framework was shown privately to companies on August 4.',
		sources: ['forkast-2026-07-31', 'research-notes', 'fortune-2026-08-04'],
	},
];
