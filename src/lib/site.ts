/**
 * Site-wide constants and text helpers. Internal addresses are built in `href.ts`.
 */

/** Site name shown in the header, titles and feeds. */
export const SITE_NAME = 'EO 14409 Tracker';

/** Licence of the site's own text and data. */
export const DATA_LICENCE = {
	name: 'CC BY 4.0',
	url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * A page title, `title · suffix`, with `title` cut so that the whole is at most `max` characters
 * as written in HTML (where an apostrophe or an ampersand takes five characters, `&#39;`, `&amp;`).
 */
export function fitTitle(title: string, suffix: string, max = 70): string {
	const written = (text: string) => text.replace(/['"&<>]/g, '12345').length;
	for (let budget = max - suffix.length - 3; budget > 10; budget--) {
		const full = `${truncate(title, budget)} · ${suffix}`;
		if (written(full) <= max) return full;
	}
	return `${truncate(title, 10)} · ${suffix}`;
}

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * `url` as a valid `href`: square brackets, which some query strings (the Federal Register API's
 * `conditions[term]`) carry raw, percent-encoded as the URL standard requires.
 */
export function hrefOf(url: string): string {
	return url.replaceAll('[', '%5B').replaceAll(']', '%5D');
}
