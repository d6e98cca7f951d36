/**
 * The text a reader sees on a built page, and the words in it that only the site's plumbing
 * should know: internal ids, file names, raw network error codes, jargon, and words run together.
 */

/**
 * The visible prose of an HTML page: scripts, styles, templates, tags and code (citation blocks,
 * whose keys are ids by design) removed, entities kept.
 */
export function visibleText(html: string): string {
	return html
		.replace(/<(script|style|template|pre|code)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<br\s*\/?>/gi, ' ')
		.replace(
			/<\/?(p|li|div|section|h[1-6]|td|th|dt|dd|tr|ul|ol|dl|figure|figcaption|nav|header|footer|main|summary|details|caption)\b[^>]*>/gi,
			' ',
		)
		.replace(/<[^>]+>/g, '')
		.replace(/&nbsp;/g, ' ')
		.replace(/\s+/g, ' ');
}

/** One kind of plumbing, and how to spot it. */
export interface Leak {
	what: string;
	pattern: RegExp;
}

/** Leaks that any page may not show; `ids` are the content ids that must appear only as names. */
export function leaks(ids: readonly string[]): Leak[] {
	const escaped = ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return [
		{ what: 'jargon: seed article or clipping', pattern: /seed (article|clipping|copy)/i },
		{
			what: 'a raw network error code',
			pattern: /\b(ENOTFOUND|ECONN[A-Z]+|ETIMEDOUT|EAI_AGAIN)\b/,
		},
		{
			what: 'a content file name',
			pattern: /(?<![\w/.-])[\w-]+\.(mdx|txt)\b|content\/[\w/-]+\.json/,
		},
		{
			what: 'an internal id where a name belongs',
			pattern: new RegExp(`(?<![\\w/.#-])(${escaped.join('|')})(?![\\w/-]|\\.\\w)`),
		},
		{ what: 'a sentence run into the next', pattern: /\b\d{4}\.[A-Z][a-z]/ },
		{
			what: 'a number run into its noun',
			pattern: /\b\d+(requirements|sources|items|claims|events)\b/,
		},
	];
}

/** The leaks `text` shows, each with a little context. */
export function findLeaks(text: string, list: readonly Leak[]): string[] {
	return list.flatMap(({ what, pattern }) => {
		const m = pattern.exec(text);
		return m
			? [`${what}: …${text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20)}…`]
			: [];
	});
}
