import { describe, expect, it } from 'vitest';
import { changeWeeks, weekStart } from '../../src/lib/subscriptions/changes.ts';
import type { Update } from '../../src/lib/subscriptions/updates.ts';

const update = (
	guid: string,
	day: string,
	kind: Update['kind'],
	milestone: string | null,
): Update => ({
	guid,
	guidIsPermaLink: false,
	kind,
	title: `Title ${guid}`,
	link: `/x/${guid}/`,
	date: `${day}T00:00:00.000Z`,
	description: 'Text.',
	topics: [],
	agencies: [],
	milestone,
	batch: null,
	parts: [],
});

const requirements = [
	{ id: 'a', subsection: '2(a)', title: 'First' },
	{ id: 'b', subsection: '2(b)', title: 'Second' },
];

describe('weekStart()', () => {
	it.each([
		['2026-11-23', '2026-11-23'],
		['2026-11-29', '2026-11-23'],
		['2026-11-30', '2026-11-30'],
		['2026-06-05', '2026-06-01'],
	])('%s → %s (weeks start on Monday, UTC)', (day, monday) => {
		expect(weekStart(day)).toBe(monday);
	});
});

describe('changeWeeks()', () => {
	const weeks = changeWeeks(
		[
			update('n', '2026-11-29', 'news', null),
			update('s', '2026-11-24', 'status', 'b'),
			update('e', '2026-11-23', 'evidence', 'a'),
			update('c', '2026-12-01', 'changelog', null),
			update('x', '2026-11-25', 'evidence', 'unknown-id'),
		],
		requirements,
	);

	it('files updates by week, newest week first, and by requirement in the order given, the rest last', () => {
		expect(weeks.map((w) => [w.start, w.heading])).toEqual([
			['2026-11-30', 'Week of November 30, 2026'],
			['2026-11-23', 'Week of November 23, 2026'],
		]);
		expect(weeks[1]!.groups.map((g) => [g.heading, g.link])).toEqual([
			['§2(a) First', '/milestones/a/'],
			['§2(b) Second', '/milestones/b/'],
			['The order as a whole, news and the site', null],
		]);
	});

	it('keeps each change’s kind, link and day, newest first within a group', () => {
		expect(weeks[1]!.groups[2]!.entries).toEqual([
			{ kind: 'News', title: 'Title n', link: '/x/n/', day: '2026-11-29' },
			{ kind: 'New evidence', title: 'Title x', link: '/x/x/', day: '2026-11-25' },
		]);
	});
});
