/**
 * Checks on an event's chart `label`, the short form of its title: it is held to the title's
 * rules. It is hedged wherever the event rests only on reporting or on a lead; every name or
 * figure in it is stated in the title or listed in `specifics` (which are themselves checked
 * against the title, the summary and the sources); and no two events of one day share a label.
 * Pure.
 */
import { hasHedge, restsOnReporting } from '../hedges.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { Source } from '../schemas/source.ts';
import type { EntryLike } from './integrity.ts';
import type { Problem } from './validate.ts';

/** The words of `text`: split at spaces, dashes and slashes, outer punctuation and a possessive dropped. */
function words(text: string): string[] {
	return text
		.split(/[\s\-–—/]+/)
		.map((w) =>
			w
				.replace(/^[“”"‘’'([]+|[“”"‘’')\].,:;!?]+$/g, '')
				.replace(/[’']s$/, '')
				.replace(/\.$/, ''),
		)
		.filter((w) => w.length > 0);
}

/** Whether a word reads as a name or a figure: it has a capital letter or a digit. */
const isNameOrFigure = (word: string) => /[\p{Lu}\p{N}]/u.test(word);

/**
 * The names and figures of `label` that `title` does not state and `specifics` do not list, as
 * written in the label. The label's first word is capitalised as a sentence's is, so it passes
 * when the title or summary has it in any case; hedge words ("Reports:", "Unverified:") pass.
 */
function unstatedNames(
	label: string,
	event: Pick<TimelineEvent, 'title' | 'summary' | 'specifics'>,
): string[] {
	const stated = new Set([event.title, ...(event.specifics ?? [])].flatMap(words));
	const anyCase = new Set(words(`${event.title} ${event.summary}`).map((w) => w.toLowerCase()));
	return words(label).filter((w, i) => {
		if (!isNameOrFigure(w) || stated.has(w) || hasHedge(w)) return false;
		return !(i === 0 && anyCase.has(w.toLowerCase()));
	});
}

/** Whether an event's label must carry a hedge: it rests only on reporting, or on a lead. */
function labelNeedsHedge(
	event: Pick<TimelineEvent, 'confidence'>,
	cited: ReadonlyArray<Pick<Source, 'kind'>>,
): boolean {
	return event.confidence === 'lead' || restsOnReporting(cited);
}

/** The problems of one event's label: a missing hedge, and names or figures the title does not state. */
export function labelProblems(
	entry: EntryLike<TimelineEvent>,
	cited: ReadonlyArray<Pick<Source, 'id' | 'kind'>>,
): Problem[] {
	const { label } = entry.data;
	const at = { file: entry.filePath ?? '(collection events)', entry: entry.id, field: 'label' };
	const problems: Problem[] = [];
	if (labelNeedsHedge(entry.data, cited) && !hasHedge(label)) {
		const why = entry.data.confidence === 'lead' ? 'a lead' : 'reporting only';
		problems.push({
			...at,
			value: label,
			message: `rests on ${why} but carries no hedge ("(reported)", "Reports:", "Unverified:", "X says")`,
		});
	}
	for (const name of unstatedNames(label, entry.data)) {
		problems.push({
			...at,
			value: name,
			message: 'is a name or figure the title does not state and `specifics` do not list',
		});
	}
	return problems;
}

/** Events of one day that share a label; each but the first is a problem. */
export function sameDayLabelProblems(events: ReadonlyArray<EntryLike<TimelineEvent>>): Problem[] {
	const seen = new Map<string, string>();
	const problems: Problem[] = [];
	for (const entry of events) {
		const key = `${entry.data.date} ${entry.data.label.toLowerCase()}`;
		const first = seen.get(key);
		if (first === undefined) seen.set(key, entry.id);
		else
			problems.push({
				file: entry.filePath ?? '(collection events)',
				entry: entry.id,
				field: 'label',
				value: entry.data.label,
				message: `is also the label of ${first}, on the same day`,
			});
	}
	return problems;
}
