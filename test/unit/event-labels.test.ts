/**
 * The timeline labels of the real events: each fits one line at the layout's width estimate,
 * and each passes the label rules (hedged where the title must be, no name or figure the title
 * does not state, none shared on one day).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { labelProblems, sameDayLabelProblems } from '../../src/lib/content/labels.ts';
import { eventSchema } from '../../src/lib/schemas/event.ts';
import { LABEL_CHARS } from '../../src/lib/timeline/label.ts';
import { sourceSchema } from '../../src/lib/schemas/source.ts';
import { wrapLabel } from '../../src/lib/timeline/wrap.ts';

const read = async (path: string) =>
	JSON.parse(
		await readFile(new URL(`../../content/${path}`, import.meta.url), 'utf8'),
	) as unknown[];
const events = (await read('events/events.json')).map((e) => eventSchema.parse(e));
const sources = new Map(
	(await read('sources/sources.json')).map((s) => {
		const source = sourceSchema.parse(s);
		return [source.id, source];
	}),
);
const entries = events.map((data) => ({ id: data.id, data }));

describe('event labels', () => {
	it('are 61, one per event', () => {
		expect(events).toHaveLength(61);
	});

	it.each(events.map((e) => [e.label, e] as const))(
		'%j fits one line of the layout’s width estimate',
		(label) => {
			expect(label.length).toBeLessThanOrEqual(LABEL_CHARS);
			expect(wrapLabel(label, LABEL_CHARS)).toEqual({ lines: [label], cut: false });
		},
	);

	it('are hedged where the event must be, state no name or figure the title does not', () => {
		const problems = entries.flatMap((e) =>
			labelProblems(
				e,
				e.data.sources.flatMap((id) => sources.get(id) ?? []),
			),
		);
		expect(problems).toEqual([]);
	});

	it('are distinct among the events of each day', () => {
		expect(sameDayLabelProblems(entries)).toEqual([]);
	});
});
