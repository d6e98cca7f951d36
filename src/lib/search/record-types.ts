/**
 * What a search record is: its kinds, their labels and its fields. Kept apart from the code that
 * builds records so that the search page loads only this. Pure.
 */
import type { Confidence } from '../schemas/common.ts';

/** Kinds of record, in the order result groups are shown. */
export const RECORD_TYPES = [
	'section',
	'milestone',
	'agency',
	'source',
	'claim',
	'event',
	'news',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** Plural labels for the type filter and result groups. */
export const TYPE_LABEL: Readonly<Record<RecordType, string>> = {
	section: 'Order text',
	milestone: 'Requirements',
	agency: 'Agencies',
	source: 'Sources',
	claim: 'Claims',
	event: 'Events',
	news: 'News',
};

/** One searchable thing. `url` is site-relative (no base path). */
export interface SearchRecord {
	id: string;
	type: RecordType;
	title: string;
	/** A short plain-text description, at most TEXT_MAX characters. */
	text: string;
	/** ISO day, when the thing has one. */
	date: string | null;
	url: string;
	/** Extra words to match on (publisher, agency, section, aliases), not shown. */
	keywords: string;
	/** Names the record is the answer for when the whole query is one (an agency's name or acronym, a program). */
	names?: string[];
	/** Citation keys the record answers (citation.ts), the exact one first; absent when none. */
	cites?: string[];
	/** Who said or does it: the publisher of a source or news item, the lead agencies of a requirement. */
	by?: string;
	/** `date` as the site writes it, at its real precision ("Jul 14, 2026", "Jul 2026"). */
	when?: string;
	/** Confidence grade label, for records that carry one. */
	grade?: string;
	/** The grade itself, which also orders sources of equal match (primary before lead). */
	confidence?: Confidence;
	/** A requirement's status label on the build day. */
	status?: string;
}
