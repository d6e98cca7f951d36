import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceTypingProblems } from '../../src/lib/content/integrity.ts';
import { deliveryWording } from '../../src/lib/evidence-wording.ts';
import {
	milestoneSchema,
	SHOWS_RULE,
	type Evidence,
	type MilestoneData,
} from '../../src/lib/schemas/milestone.ts';
import { computeStatus } from '../../src/lib/status.ts';
import { SHOWS_LABEL, STATUS_INFO } from '../../src/lib/status-text.ts';
import { validContent } from './content-fixture.ts';

const ORDER = '2026-06-02';
const base = validContent().milestones[0]!.data;

/** The valid fixture with one evidence entry replaced by `entry` (merged over a valid one). */
function withEntry(entry: Partial<Evidence>): unknown {
	return { ...base, evidence: [{ ...base.evidence[0], ...entry }] };
}

/** Issue paths and messages of a failed parse, e.g. `evidence.0.basis: …`. */
function issues(value: unknown): string[] {
	const r = milestoneSchema.safeParse(value);
	return (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('milestoneSchema: each `shows` value rests only on the evidence its rule allows', () => {
	it.each([
		['a public record of delivery', 'delivered', 'public-record'],
		['a public record of part of it', 'delivered-in-part', 'public-record'],
		['a government claim of delivery', 'delivery-claimed', 'government-claim'],
		['a press report of delivery', 'delivery-claimed', 'press-report'],
		['a statement that work is under way', 'started', 'government-claim'],
		['a search that found nothing', 'nothing-public', 'absence'],
		['background from a press report', 'context', 'press-report'],
	] as const)('accepts %s (%s, %s)', (_what, shows, basis) => {
		expect(issues(withEntry({ shows, basis }))).toEqual([]);
	});

	it.each([
		[
			'a press report typed as a delivery on record',
			'delivered',
			'press-report',
			/needs a public record.*"delivery-claimed"/,
		],
		[
			'a government claim typed as a partial delivery on record',
			'delivered-in-part',
			'government-claim',
			/needs a public record/,
		],
		[
			'a public record typed as a claim',
			'delivery-claimed',
			'public-record',
			/cannot rest on "public-record"/,
		],
		[
			'a press report typed as a search that found nothing',
			'nothing-public',
			'press-report',
			/cannot rest on "press-report"/,
		],
		['a search typed as work under way', 'started', 'absence', /cannot rest on "absence"/],
	] as const)('rejects %s (%s, %s), naming the field', (_what, shows, basis, message) => {
		const found = issues(withEntry({ shows, basis }));
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/^evidence\.0\.basis: /);
		expect(found[0]).toMatch(message);
	});

	it('allows an unconfirmed attribution only on a delivery entry', () => {
		const doubt = 'Not confirmed to be the deliverable.';
		expect(issues(withEntry({ attributionUnconfirmed: doubt }))).toEqual([]);
		expect(
			issues(withEntry({ shows: 'context', basis: 'press-report', attributionUnconfirmed: doubt })),
		).toEqual([
			'evidence.0.attributionUnconfirmed: only a delivery entry (delivered, delivered-in-part, delivery-claimed) can have an unconfirmed attribution',
		]);
	});
});

describe('milestoneSchema: recorded', () => {
	it('accepts an entry recorded on or after its date, and rejects one recorded before it', () => {
		expect(issues(withEntry({ date: '2026-08-04', recorded: '2026-12-07' }))).toEqual([]);
		expect(issues(withEntry({ date: '2026-08-04', recorded: '2026-08-03' }))).toEqual([
			'evidence.0.recorded: an entry cannot be recorded (2026-08-03) before the day it is dated (2026-08-04)',
		]);
	});
});

describe('SHOWS_RULE and SHOWS_LABEL', () => {
	it('a single entry of each delivery type fires its own rule, and its label uses the words of the status it leads to', () => {
		const kinds = (['delivered', 'delivered-in-part', 'delivery-claimed'] as const).map((shows) => {
			const basis = SHOWS_RULE[shows].bases[0]!;
			const entry = { ...base.evidence[0]!, shows, basis };
			const kind = computeStatus({ ...base, evidence: [entry] }, ORDER, '2026-12-07').kind;
			expect(STATUS_INFO[kind].label).toContain(SHOWS_LABEL[shows]);
			return [shows, SHOWS_RULE[shows].rule, kind];
		});
		expect(kinds).toEqual([
			['delivered', 3, 'delivered-on-time'],
			['delivered-in-part', 4, 'partial'],
			['delivery-claimed', 5, 'claimed'],
		]);
	});
});

describe('deliveryWording()', () => {
	it.each([
		['will present the "finalized" framework to company staff', 'finalized'],
		['CISA issued a directive on June 10', 'issued'],
		[
			'The White House reportedly shows the framework to about a dozen companies',
			'shows the framework',
		],
		['no published metrics for GOLD EAGLE were found', null],
		['CISA is close to issuing a separate directive', null],
		['a binding operational directive will come by the end of the week', null],
	])('in "%s" finds %j', (note, words) => {
		expect(deliveryWording(note)).toBe(words);
	});
});

describe('evidenceTypingProblems()', () => {
	const entry = (e: Partial<Evidence>) => ({
		id: '3b-example',
		filePath: 'content/milestones/3b-example.json',
		data: withEntry(e) as MilestoneData,
	});
	const reported =
		'A press report says the White House shows the framework to a dozen companies on August 4.';

	it('flags a reported delivery typed as context, naming file, entry and field', () => {
		expect(
			evidenceTypingProblems(entry({ note: reported, shows: 'context', basis: 'press-report' })),
		).toEqual([
			expect.objectContaining({
				file: 'content/milestones/3b-example.json',
				entry: '3b-example',
				field: 'evidence[0].shows',
				value: 'context',
				message: expect.stringContaining('"delivery-claimed"'),
			}),
		]);
	});

	it('accepts the same report typed as a delivery claim', () => {
		expect(
			evidenceTypingProblems(
				entry({ note: reported, shows: 'delivery-claimed', basis: 'press-report' }),
			),
		).toEqual([]);
	});
});

describe('every requirement in content/milestones', () => {
	const dir = join(import.meta.dirname, '../../content/milestones');
	const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

	it.each(files)('%s types its evidence in the rules’ vocabulary', (file) => {
		const parsed = milestoneSchema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
		expect(parsed.error?.issues ?? []).toEqual([]);
		const id = file.replace(/\.json$/, '');
		expect(
			evidenceTypingProblems({ id, filePath: `content/milestones/${file}`, data: parsed.data! }),
		).toEqual([]);
	});

	it('§3(b): the framework reported finalized on August 3 and shown on August 4 is claimed, not verified', () => {
		const data = milestoneSchema.parse(
			JSON.parse(readFileSync(join(dir, '3b-voluntary-framework.json'), 'utf8')),
		);
		const status = computeStatus(data, ORDER, '2026-12-07');
		expect(status).toMatchObject({ kind: 'claimed', daysLate: 2 });
		expect(status.decisive).toMatchObject({ date: '2026-08-03', basis: 'press-report' });
	});
});
