/**
 * Site-wide constants and URL helpers. The deployment origin and base path come from the
 * environment at build time (`SITE_URL`, `BASE_PATH`) so the same build runs on any host.
 */

/** Site name shown in the header, titles and feeds. */
export const SITE_NAME = 'EO 14409 Tracker';

/** Licence of the site's own text and data. */
export const DATA_LICENCE = {
	name: 'CC BY 4.0',
	url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * Joins the configured base path and a site path. `path` must start with `/`; the result keeps a
 * trailing slash if `path` has one. `base` is Astro's `import.meta.env.BASE_URL`.
 */
export function withBase(base: string, path: string): string {
	if (!path.startsWith('/')) throw new Error(`Site paths must start with "/": "${path}"`);
	const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${trimmed}${path}`;
}

/** Absolute URL of a site path on the deployed origin `site` (Astro's `site`). */
export function absoluteUrl(site: URL | undefined, base: string, path: string): string {
	if (!site) throw new Error('The site origin is not configured (SITE_URL)');
	return new URL(withBase(base, path), site).href;
}

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
