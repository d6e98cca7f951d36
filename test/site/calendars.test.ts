/**
 * Every calendar the site publishes, read by two independent parsers (ical.js and node-ical) and
 * compared with the requirements in the built data file: one event per dated requirement, at its
 * due date, with its status, under one UID in every calendar; and /subscribe/ offers each one at a
 * webcal: address.
 */
import ICAL from 'ical.js';
import ical from 'node-ical';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist.ts';

interface Requirement {
	id: string;
	subsection: string;
	due: string | null;
	lead: string[];
	consulted: string[];
	status: { label: string; reason: string };
}
const data = JSON.parse(await readFile(join(DIST, 'data/milestones.json'), 'utf8')) as Record<
	string,
	unknown
>;
const requirements = (Object.values(data).find(Array.isArray) as Requirement[]).filter(
	(r) => r.due !== null,
);

const calendars = [
	'milestones.ics',
	...(await readdir(join(DIST, 'calendars/milestones'))).map((f) => `calendars/milestones/${f}`),
	...(await readdir(join(DIST, 'calendars/agencies'))).map((f) => `calendars/agencies/${f}`),
];

/** The requirements a calendar should hold, from its file name. */
function expected(file: string): Requirement[] {
	const [, kind, id] = /^calendars\/(milestones|agencies)\/(.+)\.ics$/.exec(file) ?? [];
	if (!kind) return requirements;
	if (kind === 'milestones') return requirements.filter((r) => r.id === id);
	return requirements.filter((r) => r.lead.includes(id!) || r.consulted.includes(id!));
}

interface Read {
	uid: string;
	day: string;
	sequence: number;
	description: string;
}

/** The events as ical.js reads them. */
function readIcalJs(text: string): Read[] {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return calendar.getAllSubcomponents('vevent').map((c) => {
		const e = new ICAL.Event(c);
		return {
			uid: e.uid,
			day: e.startDate.toString(),
			sequence: e.sequence,
			description: e.description,
		};
	});
}

/** The events as node-ical reads them. */
function readNodeIcal(text: string): Read[] {
	return Object.values(ical.sync.parseICS(text))
		.filter((c) => c?.type === 'VEVENT')
		.map((c) => {
			const e = c as ical.VEvent;
			const start = e.start as Date;
			return {
				uid: e.uid,
				day: new Date(start.getTime() - start.getTimezoneOffset() * 60_000)
					.toISOString()
					.slice(0, 10),
				sequence: Number(e.sequence),
				description: String(e.description),
			};
		});
}

const byUid = (events: Read[]) => [...events].sort((a, b) => a.uid.localeCompare(b.uid));
const whole = byUid(readIcalJs(await readFile(join(DIST, 'milestones.ics'), 'utf8')));

describe.each(calendars)('%s', (file) => {
	it('reads the same in ical.js and node-ical: one event per requirement, at its due date, with its status', async () => {
		const text = await readFile(join(DIST, file), 'utf8');
		const a = byUid(readIcalJs(text));
		const b = byUid(readNodeIcal(text));
		expect(b).toEqual(a);
		const want = expected(file);
		expect(a).toHaveLength(want.length);
		expect(a.length).toBeGreaterThan(0);
		for (const r of want) {
			const event = a.find((e) => e.uid === `${r.id}.deadline@eo14409-tracker`);
			expect(event, r.id).toBeDefined();
			expect(event!.day).toBe(r.due);
			expect(event!.description).toContain(r.status.reason);
			expect(event!.sequence).toBeGreaterThan(0);
			// The same event, at the same revision, in the whole set.
			expect(whole.find((e) => e.uid === event!.uid)).toEqual(event);
		}
	});
});

describe('/subscribe/', () => {
	it('offers every calendar at its webcal: address', async () => {
		const html = await readFile(join(DIST, 'subscribe/index.html'), 'utf8');
		const webcal = [...html.matchAll(/href="(webcal:[^"]+)"/g)].map(
			(m) => new URL(m[1]!.replace(/^webcal:/, 'https:')).pathname,
		);
		expect(webcal.sort()).toEqual(calendars.map((c) => `/${c}`).sort());
	});
});
