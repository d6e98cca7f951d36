/** Reader-facing names for kinds of source and for how we read them. */
import type { Source, SourceKind } from './schemas/source.ts';

export const KIND_LABEL: Record<SourceKind, string> = {
	primary: 'Primary document',
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
	'seed-article': 'One of the five articles this tracker started from; read in full.',
	'not-read': 'Not read: listed so that citations to it can be traced.',
};
