/**
 * The golden query set: queries researchers type (citations, names, typos, phrases, date words),
 * each run against the real built index the way /search/ runs it (prefilter, then Fuse), with the first result expected
 * (by record id) or a set expected among the first results. A wrong first result fails.
 */
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { buildPrefilter } from '../../src/lib/search/prefilter.ts';
import { searchPrefiltered } from '../../src/lib/search/query.ts';
import { DIST } from '../support/dist.ts';
import { distEngine, mainManifest, partRecords } from '../support/search-index.ts';

const data = { records: partRecords(DIST, mainManifest(DIST)) };
const { engine } = distEngine(DIST);
/** The search exactly as /search/ runs it: over the split index, fetching the files it reads. */
const search = (q: string, limit?: number) => engine.search(q, limit ? { limit } : {});
const top = async (q: string, n = 1) => (await search(q, n)).hits.map((h) => h.record.id);

/** Query → the id of the expected first result. */
const FIRST: Array<[string, string]> = [
	// Citations, however they are written.
	['§3(b)', '3b-voluntary-framework'],
	['section 3(b)', '3b-voluntary-framework'],
	['sec. 2(c)(i)', '2c-i-civilian-systems-directives'],
	['Sec. 2(c)(ii)', '2c-ii-ai-defensive-tools'],
	['2 (c) (iii)', '2c-iii-access-to-tools'],
	['2(d)', '2d-ai-cybersecurity-clearinghouse'],
	['§2(a)', '2a-cnss-nss-defense'],
	['2(b)', '2b-war-systems-hardening'],
	['§2(e)', '2e-omb-grant-funding'],
	['2(f)', '2f-opm-cyber-hiring'],
	['§3(a)', '3a-classified-benchmarking'],
	['3(b)(ii)', '3b-voluntary-framework'],
	['§ 4', 'section-4'],
	['§5', 'section-5'],
	['sec 1', 'section-1'],
	['EO 14409', 'order'],
	['E.O. 14,409', 'order'],
	['Executive Order 14409', 'order'],
	['91 FR 34565', 'order'],
	['91 FR 34566', '3a-classified-benchmarking'],
	['FR Doc. 2026-11415', 'order'],
	// Names, acronyms and aliases.
	['GOLD EAGLE', '2d-ai-cybersecurity-clearinghouse'],
	['gold eagle', '2d-ai-cybersecurity-clearinghouse'],
	['BOD 26-04', '2c-i-civilian-systems-directives'],
	['CAISI', 'caisi'],
	['Center for AI Standards and Innovation', 'caisi'],
	['NSA', 'nsa'],
	['CISA', 'cisa'],
	['ONCD', 'oncd'],
	['OPM', 'opm'],
	['OSTP', 'ostp'],
	['Department of War', 'war'],
	['Committee on National Security Systems', 'cnss'],
	['Sean Cairncross', 'oncd'],
	['Arvind Raman', 'caisi'],
	['Politico', 'politico-draft'],
	['Federal Register', 'fr-eo-14409'],
	// Typos.
	['clearinghuose', '2d-ai-cybersecurity-clearinghouse'],
	['benchmrk', '3a-classified-benchmarking'],
	['voluntary framwork', '3b-voluntary-framework'],
	['Atorney General', '4-ag-enforcement-priority'],
	['Natonal Security Agency', 'nsa'],
	// Words and phrases.
	['cyber hiring', '2f-opm-cyber-hiring'],
	['grant funding', '2e-omb-grant-funding'],
	['pre-release access', '3b-voluntary-framework'],
	['covered frontier model', '3a-classified-benchmarking'],
	['"frontier model"', 'section-3'],
	// Date words.
	['July 14, 2026', '2026-07-14-gold-eagle-launch'],
];

/** Query → ids that must all be among the first `n` results. */
const AMONG: Array<[string, number, string[]]> = [
	['§3(b)', 2, ['3b-voluntary-framework', 'section-3']],
	['GOLD EAGLE', 6, ['wh-gold-eagle', 'politico-gold-eagle', '2026-07-14-gold-eagle-launch']],
	['Chris Fall', 3, ['nextgov-fall', '2026-07-20-caisi-director-fall-resigns', 'caisi']],
	['"binding operational directive"', 5, ['wiley-bod-26-04', 'lexblog-2026-06-17']],
	['Jul 14', 5, ['politico-gold-eagle', '2026-07-14-gold-eagle-launch']],
];

describe('the golden query set, on the real index', () => {
	it('has at least 40 queries with an expected first result', () => {
		expect(FIRST.length).toBeGreaterThanOrEqual(40);
	});

	it.each(FIRST)('%s → %s first', async (q, id) => {
		expect((await top(q))[0]).toBe(id);
	});

	it.each(AMONG)('%s → among the first %i: %j', async (q, n, ids) => {
		expect(await top(q, n)).toEqual(expect.arrayContaining(ids));
	});

	it('gives, over the split index, the same results and counts as over every record in memory', async () => {
		const prefilter = buildPrefilter(data.records);
		for (const q of [...FIRST.map(([q]) => q), ...AMONG.map(([q]) => q), '"frontier model"']) {
			const memory = searchPrefiltered(Fuse, data.records, prefilter, q, { limit: 100 });
			const split = await search(q, 100);
			expect(
				split.hits.map((h) => h.record.id),
				q,
			).toEqual(memory.hits.map((h) => h.record.id));
			expect(split.counts, q).toEqual(memory.counts);
		}
	});

	it('finds every record that holds a quoted phrase', async () => {
		const holding = data.records.filter((r) =>
			`${r.title}\n${r.text}\n${r.keywords}`.toLowerCase().includes('frontier model'),
		);
		expect(holding.length).toBeGreaterThan(5);
		const found = (await search('"frontier model"')).hits.map((h) => h.record.id);
		expect(found).toEqual(expect.arrayContaining(holding.map((r) => r.id)));
	});

	it('shows each source by its exact title in quotation marks or by our description, never a quoted description', () => {
		const wh = data.records.find((r) => r.id === 'wh-gold-eagle')!;
		expect(wh.title).toMatch(/^“.+”$/);
		const fr = data.records.find((r) => r.id === 'fr-full-text')!;
		expect(fr.title).not.toMatch(/[“”]/);
	});

	it('dates each hit at its real precision, in the site’s format', () => {
		const month = data.records.find((r) => r.id === 'nextgov-gold-eagle')!;
		expect(month.when).toBe('Jul 2026');
		const day = data.records.find((r) => r.id === 'politico-gold-eagle')!;
		expect(day.when).toBe('Jul 14, 2026');
		expect(day.by).toBe('Politico');
		expect(day.grade).toBeTruthy();
	});

	it('gives each requirement its status', () => {
		const statuses = data.records.filter((r) => r.type === 'milestone').map((r) => r.status);
		expect(statuses.length).toBeGreaterThan(5);
		for (const s of statuses) expect(s).toMatch(/^[A-Z]/);
	});
});
