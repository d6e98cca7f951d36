import { describe, expect, it } from 'vitest';
import { milestoneViews } from '../../src/lib/milestone-view.ts';
import { buildSite } from '../../src/lib/site-data.ts';
import { calendars, eventSequence, webcalUrl } from '../../src/lib/subscriptions/calendars.ts';
import { validContent } from './content-fixture.ts';

const ORDER_DAY = '2026-06-02';
const names = new Map([['agency-a', 'Agency A']]);
const urlFor = (path: string) => `https://tracker.example.org${path}`;

describe('calendars()', () => {
	const site = buildSite(validContent());
	const specs = calendars(
		milestoneViews(site, '2026-11-23'),
		names,
		ORDER_DAY,
		'2026-11-23',
		urlFor,
	);

	it('gives the whole set, one calendar per dated requirement and one per agency, sharing one event', () => {
		expect(specs.map((s) => s.path)).toEqual([
			'/milestones.ics',
			'/calendars/milestones/2a-example.ics',
			'/calendars/agencies/agency-a.ics',
		]);
		const uids = specs.map((s) => s.events.map((e) => e.uid));
		expect(uids).toEqual([
			['2a-example.deadline@eo14409-tracker'],
			['2a-example.deadline@eo14409-tracker'],
			['2a-example.deadline@eo14409-tracker'],
		]);
		expect(specs[2]!.name).toBe('EO 14409 deadlines: Agency A');
	});

	it('eventSequence() grows when the status changes and stays put when nothing changes', () => {
		const [m] = milestoneViews(site, '2026-11-23');
		const before = eventSequence(m!, ORDER_DAY, '2026-06-03');
		const after = eventSequence(m!, ORDER_DAY, '2026-07-02');
		expect(after).toBeGreaterThan(before);
		expect(eventSequence(m!, ORDER_DAY, '2026-11-23')).toBe(
			eventSequence(m!, ORDER_DAY, '2026-11-24'),
		);
	});

	it('webcalUrl() swaps the scheme only', () => {
		expect(webcalUrl('https://tracker.example.org/milestones.ics')).toBe(
			'webcal://tracker.example.org/milestones.ics',
		);
	});
});
