/**
 * "Cite this source": the same source as BibTeX, CSL-JSON and a formatted reference. Only what
 * the source record holds is used; a missing date or URL is left out, never guessed. An exact
 * title fills the title slot (in quotation marks in the reference); a description of ours never
 * does: it goes to BibTeX `note`, CSL `note`, and bare in square brackets in the reference.
 */
import { formatFuzzyDay } from './dates.ts';
import type { Source, SourceKind } from './schemas/source.ts';
import { sourceName } from './source-labels.ts';

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

const dayParts = (day: string) => day.split('-').map(Number);

/**
 * A CSL-JSON item (the format Zotero, Pandoc and citeproc read); `accessed`, when given, is the
 * day the cited page was read (for a page of this site, its build date).
 */
export function toCslJson(source: Source, accessed?: string): Record<string, unknown> {
	const parts = dateParts(source);
	const name = sourceName(source);
	return {
		id: source.id,
		type: CSL_TYPE[source.kind],
		...(name.kind === 'title' ? { title: name.text } : { note: name.text }),
		author: [{ literal: source.publisher }],
		publisher: source.publisher,
		...(parts ? { issued: { 'date-parts': [parts] } } : {}),
		...(source.url ? { URL: source.url } : {}),
		...(accessed ? { accessed: { 'date-parts': [dayParts(accessed)] } } : {}),
	};
}

/** Escapes BibTeX special characters. */
function bibText(text: string): string {
	return text.replace(/([\\{}%&$#_^~])/g, '\\$1');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A BibTeX `@misc` entry keyed by the source id; `accessed` becomes `urldate`. */
export function toBibtex(source: Source, accessed?: string): string {
	const parts = dateParts(source);
	const name = sourceName(source);
	const fields: Array<[string, string]> = [];
	if (name.kind === 'title') fields.push(['title', `{${bibText(name.text)}}`]);
	fields.push(['author', `{${bibText(source.publisher)}}`]);
	if (parts) {
		fields.push(['year', String(parts[0])]);
		if (parts[1]) fields.push(['month', MONTHS[parts[1] - 1]!]);
		if (parts[2]) fields.push(['day', String(parts[2])]);
	}
	if (source.url) fields.push(['url', `{${source.url}}`]);
	if (accessed) fields.push(['urldate', `{${accessed}}`]);
	const notes = [
		...(name.kind === 'description' ? [name.text] : []),
		...(source.datePrecision === 'approximate' ? ['Date approximate'] : []),
	];
	if (notes.length > 0) fields.push(['note', `{${bibText(notes.join('. '))}}`]);
	const body = fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n');
	return `@misc{${source.id.replace(/-/g, '_')},\n${body}\n}`;
}

/**
 * A plain-text reference: Publisher. "Title." Date. URL. A description: Publisher. [Description].
 * With `accessed`, ends "Accessed Month D, YYYY."
 */
export function formatReference(source: Source, accessed?: string): string {
	const date = source.date ? ` ${formatFuzzyDay(source.date, source.datePrecision)}.` : ' Undated.';
	const url = source.url ? ` ${source.url}` : '';
	const name = sourceName(source);
	const stop = /[.?!]$/.test(name.text) ? '' : '.';
	const named = name.kind === 'title' ? `“${name.text}${stop}”` : `[${name.text}].`;
	const read = accessed ? ` Accessed ${formatFuzzyDay(accessed, 'day')}.` : '';
	return `${source.publisher}. ${named}${date}${url}${read}`;
}
