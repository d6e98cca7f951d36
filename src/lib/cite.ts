/**
 * "Cite this source": the same source as BibTeX, CSL-JSON and a formatted reference. Only what
 * the source record holds is used; a missing date or URL is left out, never guessed.
 */
import { formatFuzzyDay } from './dates.ts';
import type { Source, SourceKind } from './schemas/source.ts';

const CSL_TYPE: Record<SourceKind, string> = {
	primary: 'legislation',
	agency: 'webpage',
	news: 'article-newspaper',
	'legal-analysis': 'webpage',
	'think-tank': 'report',
	'trade-or-blog': 'post-weblog',
	'research-note': 'document',
};

/** Year, month and day parts a date of this precision supports. */
function dateParts(source: Source): number[] | null {
	if (!source.date) return null;
	const [y, m, d] = source.date.split('-').map(Number) as [number, number, number];
	if (source.datePrecision === 'month') return [y, m];
	if (source.datePrecision === 'approximate') return [y, m];
	return [y, m, d];
}

/** A CSL-JSON item (the format Zotero, Pandoc and citeproc read). */
export function toCslJson(source: Source): Record<string, unknown> {
	const parts = dateParts(source);
	return {
		id: source.id,
		type: CSL_TYPE[source.kind],
		title: source.title,
		author: [{ literal: source.publisher }],
		publisher: source.publisher,
		...(parts ? { issued: { 'date-parts': [parts] } } : {}),
		...(source.url ? { URL: source.url } : {}),
	};
}

/** Escapes BibTeX special characters. */
function bibText(text: string): string {
	return text.replace(/([\\{}%&$#_^~])/g, '\\$1');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A BibTeX `@misc` entry keyed by the source id. */
export function toBibtex(source: Source): string {
	const parts = dateParts(source);
	const fields: Array<[string, string]> = [
		['title', `{${bibText(source.title)}}`],
		['author', `{${bibText(source.publisher)}}`],
	];
	if (parts) {
		fields.push(['year', String(parts[0])]);
		if (parts[1]) fields.push(['month', MONTHS[parts[1] - 1]!]);
		if (parts[2]) fields.push(['day', String(parts[2])]);
	}
	if (source.url) fields.push(['url', `{${source.url}}`]);
	if (source.datePrecision === 'approximate') fields.push(['note', '{Date approximate}']);
	const body = fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n');
	return `@misc{${source.id.replace(/-/g, '_')},\n${body}\n}`;
}

/** A plain-text reference: Publisher. "Title." Date. URL. */
export function formatReference(source: Source): string {
	const date = source.date ? ` ${formatFuzzyDay(source.date, source.datePrecision)}.` : ' Undated.';
	const url = source.url ? ` ${source.url}` : '';
	return `${source.publisher}. “${source.title}.”${date}${url}`;
}
