import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/export/csv.ts';
import { escapeText, foldLine, toIcs } from '../../src/lib/export/ics.ts';
import {
	deadlineEvents,
	evidenceRows,
	MILESTONE_COLUMNS,
	milestoneRows,
	milestonesJson,
} from '../../src/lib/export/milestone-records.ts';
import { milestoneViews } from '../../src/lib/milestone-view.ts';
import { buildSite } from '../../src/lib/site-data.ts';
import { validContent } from './content-fixture.ts';

const urlFor = (path: string) => `https://tracker.example.org${path}`;

function fixtureViews() {
	const content = validContent();
	const m = content.milestones[0]!.data;
	m.title = 'Do a "thing", carefully';
	m.deliverable = 'Line one,\nline two; with "quotes" and a long tail ' + 'é'.repeat(60);
	content.milestones.push({
		...content.milestones[0]!,
		id: '4-no-deadline',
		data: { ...m, subsection: '4', deadline: { kind: 'ongoing' }, evidence: [], order: 1 },
	});
	const site = buildSite(content);
	return { site, views: milestoneViews(site, '2026-11-23') };
}

describe('CSV (RFC 4180)', () => {
	it('quotes only fields that need it and doubles quotes', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField(null)).toBe('');
		expect(csvField(30)).toBe('30');
	});

	it('round-trips through a real CSV parser, with CRLF line ends', () => {
		const { views } = fixtureViews();
		const rows = milestoneRows(views, urlFor);
		const text = toCsv(MILESTONE_COLUMNS, rows);
		expect(text.endsWith('\r\n')).toBe(true);
		const parsed = parse(text, { columns: true, record_delimiter: '\r\n' }) as Array<
			Record<string, string>
		>;
		expect(parsed).toHaveLength(2);
		expect(Object.keys(parsed[0]!)).toEqual([...MILESTONE_COLUMNS]);
		expect(parsed[0]).toMatchObject({
			id: '2a-example',
			title: 'Do a "thing", carefully',
			deliverable: views[0]!.deliverable,
			due: '2026-07-02',
			status: 'delivered-on-time',
			status_as_of: '2026-11-23',
			url: 'https://tracker.example.org/milestones/2a-example/',
		});
		expect(parsed[1]).toMatchObject({
			id: '4-no-deadline',
			due: '',
			deadline_days: '',
			status: 'ongoing',
		});
	});

	it('evidence rows: one per entry, with source URLs', () => {
		const { site, views } = fixtureViews();
		const rows = evidenceRows(views, site.sources);
		expect(rows).toEqual([
			expect.objectContaining({
				milestone: '2a-example',
				date: '2026-07-01',
				shows: 'delivered',
				source_urls: 'https://example.com/a',
			}),
		]);
	});
});

describe('iCalendar (RFC 5545)', () => {
	it('escapes TEXT values and folds long lines at 75 octets without splitting characters', () => {
		expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
		const folded = foldLine(`DESCRIPTION:${'é'.repeat(80)}`);
		for (const line of folded.split('\r\n'))
			expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
		expect(
			folded
				.split('\r\n')
				.map((l, i) => (i === 0 ? l : l.slice(1)))
				.join(''),
		).toBe(`DESCRIPTION:${'é'.repeat(80)}`);
	});

	it('parses back with ical.js: one all-day event per dated deadline, stable UIDs', () => {
		const { views } = fixtureViews();
		const text = toIcs(
			{ name: 'Deadlines, EO', prodId: '-//Test//EN', stamp: '2026-11-23' },
			deadlineEvents(views, urlFor),
		);
		expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
		const calendar = new ICAL.Component(ICAL.parse(text));
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
		expect(events).toHaveLength(1);
		const event = events[0]!;
		expect(event.uid).toBe('2a-example.deadline@eo14409-tracker');
		expect(event.startDate.isDate).toBe(true);
		expect(event.startDate.toString()).toBe('2026-07-02');
		expect(event.endDate.toString()).toBe('2026-07-03');
		expect(event.summary).toBe('EO 14409 §2(a) due: Do a "thing", carefully');
		expect(event.description).toContain('Line one,\nline two; with "quotes"');
		expect(event.component.getFirstPropertyValue('url')).toBe(
			'https://tracker.example.org/milestones/2a-example/',
		);
	});
});

describe('JSON export', () => {
	it('carries every requirement with its status, as of the day given, and resolved sources', () => {
		const { site, views } = fixtureViews();
		const json = milestonesJson(views, site.sources, '2026-11-23', urlFor);
		expect(json.statusAsOf).toBe('2026-11-23');
		expect(json.milestones.map((m) => [m.id, m.status.kind, m.due])).toEqual([
			['2a-example', 'delivered-on-time', '2026-07-02'],
			['4-no-deadline', 'ongoing', null],
		]);
		expect(json.milestones[0]!.evidence[0]!.sources[0]).toEqual({
			id: 'src-a',
			publisher: 'Example Publisher',
			title: 'Source A',
			description: null,
			url: 'https://example.com/a',
			tier: 'secondary',
		});
	});
});
