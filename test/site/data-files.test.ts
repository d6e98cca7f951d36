import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist.ts';

const milestoneIds = (await readdir(new URL('../../content/milestones/', import.meta.url)))
	.filter((f) => f.endsWith('.json'))
	.map((f) => f.replace(/\.json$/, ''))
	.sort();

const read = (path: string) => readFile(join(DIST, path), 'utf8');

describe('milestone downloads built from the real data', () => {
	it('milestones.json lists every requirement with a computed status', async () => {
		const json = JSON.parse(await read('data/milestones.json'));
		expect(json.milestones.map((m: { id: string }) => m.id).sort()).toEqual(milestoneIds);
		for (const m of json.milestones) {
			expect(m.status.kind, m.id).toMatch(/^[a-z-]+$/);
			expect(m.status.reason.length, m.id).toBeGreaterThan(20);
			expect(m.url).toMatch(/^https?:\/\/.+\/milestones\/[a-z0-9-]+\/$/);
		}
	});

	it('milestones.csv parses with a real CSV parser into one row per requirement', async () => {
		const text = await read('data/milestones.csv');
		const rows = parse(text, { columns: true, record_delimiter: '\r\n' }) as Array<
			Record<string, string>
		>;
		expect(rows.map((r) => r['id']).sort()).toEqual(milestoneIds);
		const json = JSON.parse(await read('data/milestones.json'));
		for (const row of rows) {
			const m = json.milestones.find((x: { id: string }) => x.id === row['id']);
			expect(row['status'], row['id']).toBe(m.status.kind);
			expect(row['due'], row['id']).toBe(m.due ?? '');
		}
	});

	it('milestone-evidence.csv has one row per evidence entry', async () => {
		const rows = parse(await read('data/milestone-evidence.csv'), { columns: true });
		const json = JSON.parse(await read('data/milestones.json'));
		const entries = json.milestones.reduce(
			(n: number, m: { evidence: unknown[] }) => n + m.evidence.length,
			0,
		);
		expect(rows).toHaveLength(entries);
	});

	it('milestones.ics parses with ical.js: an all-day event per dated deadline, unique UIDs', async () => {
		const text = await read('milestones.ics');
		const calendar = new ICAL.Component(ICAL.parse(text));
		const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
		const json = JSON.parse(await read('data/milestones.json'));
		const dated = json.milestones.filter((m: { due: string | null }) => m.due !== null);
		expect(events).toHaveLength(dated.length);
		expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
		for (const event of events) {
			const m = dated.find((x: { id: string }) => event.uid === `${x.id}.deadline@eo14409-tracker`);
			expect(m, event.uid).toBeDefined();
			expect(event.startDate.isDate).toBe(true);
			expect(event.startDate.toString()).toBe(m.due);
		}
		expect(text).toMatch(/\r\n$/);
	});
});
