import { describe, expect, it } from 'vitest';
import { agencyRoles, byNaming } from '../../src/lib/agencies.ts';
import {
	milestoneViews,
	mostOverdue,
	nextDue,
	statusCounts,
} from '../../src/lib/milestone-view.ts';
import { buildSite } from '../../src/lib/site-data.ts';
import { validContent } from './content-fixture.ts';

function site() {
	const content = validContent();
	const base = content.milestones[0]!;
	const add = (id: string, days: number, lead: string[]) =>
		content.milestones.push({
			...base,
			id,
			data: { ...base.data, deadline: { kind: 'days', days }, evidence: [], lead },
		});
	add('late-a', 30, ['agency-a']);
	add('late-b', 60, ['agency-b']);
	add('soon', 180, ['agency-b']);
	add('later', 400, ['agency-a']);
	content.agencies.push({
		...content.agencies[0]!,
		id: 'agency-b',
		data: {
			...content.agencies[0]!.data,
			id: 'agency-b',
			name: 'B body',
			short: 'B',
			parent: 'agency-a',
		},
	});
	return buildSite(content);
}

describe('milestone views as of Nov 23, 2026', () => {
	const s = site();
	const views = milestoneViews(s, '2026-11-23');

	it('resolve agency short names and section numbers', () => {
		expect(views.find((v) => v.id === 'late-b')).toMatchObject({
			leadNames: ['B'],
			sectionNumber: 2,
		});
	});

	it('count statuses in the published order, without zeros', () => {
		expect(statusCounts(views)).toEqual([
			{ kind: 'overdue', count: 2 },
			{ kind: 'delivered-on-time', count: 1 },
			{ kind: 'due-soon', count: 1 },
			{ kind: 'not-yet-due', count: 1 },
		]);
	});

	it('list the most overdue first and the next due soonest first', () => {
		expect(mostOverdue(views).map((v) => [v.id, v.status.daysLate])).toEqual([
			['late-a', 144],
			['late-b', 114],
		]);
		expect(nextDue(views).map((v) => v.id)).toEqual(['soon', 'later']);
	});

	it('agencyRoles() lists what each body leads and its components', () => {
		const roles = agencyRoles(s, views);
		const a = roles.find((r) => r.id === 'agency-a')!;
		expect(a.leads.map((m) => m.id)).toEqual(['2a-example', 'late-a', 'later']);
		expect(a.components).toEqual(['agency-b']);
		expect(roles.find((r) => r.id === 'agency-b')!.leads.map((m) => m.id)).toEqual([
			'late-b',
			'soon',
		]);
	});

	it('byNaming() keeps a body the order does not name out of the named bodies', () => {
		const roles = agencyRoles(s, views);
		expect(byNaming(roles).named.map((r) => r.id)).toEqual(['agency-a', 'agency-b']);
		expect(byNaming(roles).notNamed).toEqual([]);
		const b = roles.find((r) => r.id === 'agency-b')!;
		const marked = roles.map((r) =>
			r === b ? { ...r, agency: { ...r.agency, notNamed: 'Linked by coverage only.' } } : r,
		);
		expect(byNaming(marked).named.map((r) => r.id)).toEqual(['agency-a']);
		expect(byNaming(marked).notNamed.map((r) => r.id)).toEqual(['agency-b']);
	});
});
