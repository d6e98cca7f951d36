import { describe, expect, it } from 'vitest';
import { deadlineGroups, dueDate, sectionOverviews } from '../../src/lib/order.ts';
import type { Milestone, OrderSection } from '../../src/lib/site-data.ts';
import { buildSite } from '../../src/lib/site-data.ts';
import { validContent } from './content-fixture.ts';

const base = buildSite(validContent());
const template = base.milestones[0]!;
function milestone(
	id: string,
	section: string,
	deadline: Milestone['deadline'],
	lead: string[],
): Milestone {
	return { ...template, id, section, deadline, lead };
}
function section(id: string, n: number): OrderSection {
	return { ...base.sections[0]!, id, section: n, actors: ['fallback'] };
}

describe('dueDate()', () => {
	it('counts from the date of the order and is null without a day count', () => {
		expect(dueDate({ kind: 'days', days: 60 }, '2026-06-02')).toBe('2026-08-01');
		expect(dueDate({ kind: 'none' }, '2026-06-02')).toBeNull();
		expect(dueDate({ kind: 'ongoing' }, '2026-06-02')).toBeNull();
	});
});

describe('deadlineGroups()', () => {
	const ms = [
		milestone('b', 's2', { kind: 'days', days: 60 }, ['x']),
		milestone('a', 's2', { kind: 'days', days: 30 }, ['y']),
		milestone('c', 's3', { kind: 'days', days: 30 }, ['z']),
		milestone('d', 's4', { kind: 'ongoing' }, ['w']),
	];

	it('groups by day count, earliest first, skipping open-ended duties', () => {
		const groups = deadlineGroups(ms, '2026-06-02', '2026-07-02');
		expect(groups.map((g) => [g.days, g.date, g.milestones.map((m) => m.id)])).toEqual([
			[30, '2026-07-02', ['a', 'c']],
			[60, '2026-08-01', ['b']],
		]);
	});

	it('counts days from the build date: 0 on the deadline day, negative after it', () => {
		expect(deadlineGroups(ms, '2026-06-02', '2026-07-02').map((g) => g.daysFromBuild)).toEqual([
			0, 30,
		]);
		expect(deadlineGroups(ms, '2026-06-02', '2026-11-23').map((g) => g.daysFromBuild)).toEqual([
			-144, -114,
		]);
	});
});

describe('sectionOverviews()', () => {
	it('lists leads, distinct deadlines and open-ended duties per section', () => {
		const sections = [section('s1', 1), section('s2', 2), section('s4', 4)];
		const ms = [
			milestone('a', 's2', { kind: 'days', days: 30 }, ['x', 'y']),
			milestone('b', 's2', { kind: 'days', days: 60 }, ['y']),
			milestone('c', 's2', { kind: 'days', days: 30 }, ['z']),
			milestone('d', 's4', { kind: 'ongoing' }, ['w']),
		];
		const rows = sectionOverviews(sections, ms).map((o) => ({
			id: o.section.id,
			leads: o.leads,
			days: o.deadlineDays,
			open: o.hasOpenEnded,
			count: o.milestones.length,
		}));
		expect(rows).toEqual([
			{ id: 's1', leads: ['fallback'], days: [], open: false, count: 0 },
			{ id: 's2', leads: ['x', 'y', 'z'], days: [30, 60], open: false, count: 3 },
			{ id: 's4', leads: ['w'], days: [], open: true, count: 1 },
		]);
	});
});

describe('buildSite()', () => {
	it('sorts sections by number and indexes sources, agencies and terms', () => {
		const content = validContent();
		content.order.push({
			...content.order[0]!,
			id: 'section-1',
			data: { ...content.order[0]!.data, section: 1, terms: [] },
		});
		const site = buildSite(content);
		expect(site.sections.map((s) => s.id)).toEqual(['section-1', 'section-2']);
		expect(site.sources.get('src-a')?.publisher).toBe('Example Publisher');
		expect(site.agencies.get('agency-a')?.short).toBe('AA');
		expect(site.terms.get('thing')?.sectionId).toBe('section-2');
	});
});
