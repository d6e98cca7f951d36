/** Reader-facing names for kinds of source, for how we read them, and for the sources themselves. */
import type { Source, SourceKind } from './schemas/source.ts';

export const KIND_LABEL: Record<SourceKind, string> = {
	// "Official", not "Primary": primary is a grade of how well we know a text, not a kind of text.
	primary: 'Official document',
	agency: 'Agency page',
	news: 'News',
	'legal-analysis': 'Legal analysis',
	'think-tank': 'Think tank',
	'trade-or-blog': 'Trade press or blog',
	'research-note': 'Research note',
};

export const ACCESS_LABEL: Record<Source['access'], string> = {
	'stored-copy': 'Read through a stored copy of the page.',
	relayed: 'Known through other sources that quote or describe it; not read directly.',
	listed:
		'Known from our fact base, which lists, cites or summarizes it; we hold no stored copy of it.',
	'seed-article': 'One of the five articles this tracker started from; read in full.',
	'not-read': 'Not read: listed so that citations to it can be traced.',
};

/** What a source is called: its exact title, or our description of it. */
export type SourceName = { kind: 'title'; text: string } | { kind: 'description'; text: string };

/** The exact title when one is recorded, else our description (the schema requires one). */
export function sourceName(source: Source): SourceName {
	if (source.title !== undefined) return { kind: 'title', text: source.title };
	if (source.description !== undefined) return { kind: 'description', text: source.description };
	throw new Error(`Source "${source.id}" has neither a title nor a description`);
}

/**
 * The name as running text: an exact title in quotation marks, a description bare. A description
 * is our words, so it is never quoted as if it were the work's title.
 */
export function sourceNameText(source: Source): string {
	const name = sourceName(source);
	return name.kind === 'title' ? `“${name.text}”` : name.text;
}
