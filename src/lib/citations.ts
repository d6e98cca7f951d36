/**
 * Which sources a page cites, in reading order, and how confidence grades are described. A page
 * lists each source once, in the order a reader first meets it.
 */
import { mdxReferences } from './content/mdx-references.ts';
import type { Confidence } from './schemas/common.ts';
import type { Milestone, OrderSection } from './site-data.ts';

/** Unique ids in first-seen order. */
export function uniqueInOrder(ids: Iterable<string>): string[] {
	return [...new Set(ids)];
}

/** Source ids behind a section page: inline citations, then terms, section and requirement sources. */
export function sectionSourceIds(
	section: OrderSection,
	milestones: readonly Milestone[],
): string[] {
	return uniqueInOrder([
		...mdxReferences(section.body).sources.map((r) => r.id),
		...section.terms.flatMap((t) => t.sources),
		...section.sources,
		...milestones.flatMap((m) => m.sources),
	]);
}

/** How each grade is named and explained to readers. Shown as text, never by colour alone. */
export const CONFIDENCE: Record<Confidence, { label: string; mark: string; explanation: string }> =
	{
		primary: {
			label: 'Primary',
			mark: 'P',
			explanation:
				'The order itself, the Federal Register, or an agency’s own publication, read through a stored copy or a careful verbatim relay.',
		},
		secondary: {
			label: 'Secondary',
			mark: 'S',
			explanation: 'News reports, law-firm alerts and think-tank analysis.',
		},
		lead: {
			label: 'Lead, lower confidence',
			mark: 'L',
			explanation:
				'Third-party research notes that usually quote primary sources but are not authoritative; to be re-verified.',
		},
	};
