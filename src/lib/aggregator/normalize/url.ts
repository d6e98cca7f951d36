/**
 * Links from feeds to safe, canonical, absolute URLs: http(s) only, no credentials, no fragment,
 * no tracking parameters. Parsing follows the WHATWG URL standard, which lowercases the host,
 * drops default ports, strips tabs and newlines and percent-encodes stray spaces.
 */

/** Query parameters that only identify a campaign, click or recipient. */
const TRACKING = new Set([
	'fbclid',
	'gclid',
	'gclsrc',
	'dclid',
	'gbraid',
	'wbraid',
	'msclkid',
	'yclid',
	'twclid',
	'ttclid',
	'li_fat_id',
	'igshid',
	'mc_cid',
	'mc_eid',
	'_hsenc',
	'_hsmi',
	'mkt_tok',
	'ref_src',
	'ref_url',
	'_ga',
	'_gl',
	'oly_anon_id',
	'oly_enc_id',
	'vero_id',
	'wickedid',
	'rb_clickid',
	's_cid',
]);

/** True for a query parameter name that tracks (utm_*, fbclid, gclid, mc_eid...). */
export function isTrackingParameter(name: string): boolean {
	const key = name.toLowerCase();
	return key.startsWith('utm_') || TRACKING.has(key);
}

/** The clean absolute http(s) URL of `link` (against http(s) `base`, else `feedUrl`), or null. */
export function safeUrl(link: string, base: string | null, feedUrl: string): string | null {
	const reference = link.trim();
	if (reference === '') return null;
	const url = parseHttp(reference, httpBase(base, feedUrl));
	if (!url) return null;
	// Each assignment re-serializes the URL: only the parts present are cleared.
	if (url.username !== '') url.username = '';
	if (url.password !== '') url.password = '';
	if (url.hash !== '') url.hash = '';
	if (url.search !== '') {
		const query = cleanQuery(url.search);
		if (query !== url.search) url.search = query;
	}
	return url.href;
}

/** The http(s) base to resolve against: the xml:base when safe, else the feed's URL. */
function httpBase(base: string | null, feedUrl: string): string | undefined {
	// Every entry of a feed shares its base and feed URL: the last answer is reused.
	if (base === lastBase.base && feedUrl === lastBase.feedUrl) return lastBase.href;
	const fromBase = base === null ? null : parseHttp(base, feedUrl);
	const href = (fromBase ?? parseHttp(feedUrl))?.href;
	lastBase = { base, feedUrl, href };
	return href;
}
let lastBase: { base: string | null; feedUrl: string; href: string | undefined } = {
	base: null,
	feedUrl: '',
	href: undefined,
};

function parseHttp(reference: string, base?: string): URL | null {
	let url: URL;
	try {
		url = new URL(reference, base);
	} catch {
		return null;
	}
	return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
		? url
		: null;
}

/** The query without tracking parameters, the others kept in order and encoding as written. */
function cleanQuery(search: string): string {
	if (search.length <= 1) return '';
	const kept = search
		.slice(1)
		.split('&')
		.filter((pair) => {
			if (pair === '') return false;
			const name = pair.split('=')[0] ?? '';
			try {
				return !isTrackingParameter(decodeURIComponent(name.replace(/\+/g, ' ')));
			} catch {
				return true;
			}
		});
	return kept.length === 0 ? '' : `?${kept.join('&')}`;
}
