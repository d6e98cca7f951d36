/**
 * Source ids behind each statement of the home page's three-sentence summary. Kept beside the
 * page's wording so that a change to one is seen with the other; the build checks that they exist.
 */
export const HOME_SOURCES = {
	whatItDoes: ['wh-fact-sheet', 'pearl-cohen', 'pillsbury', 'research-notes'],
	whatItDoesNot: ['research-notes', 'wh-fact-sheet'],
	sinceThen: ['cisa-bod-26-04', 'wh-gold-eagle', 'forkast-2026-07-31', 'fortune-2026-08-04'],
} as const;
