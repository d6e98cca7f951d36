import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/lib/search/engine.ts';
import {
	citedIn,
	fromGaps,
	indexFiles,
	mentionedCites,
	toGaps,
} from '../../src/lib/search/index-files.ts';
import { buildPrefilter } from '../../src/lib/search/prefilter.ts';
import { searchPrefiltered } from '../../src/lib/search/query.ts';
import type { SearchRecord } from '../../src/lib/search/record-types.ts';
import { BENCH_QUERIES, syntheticRecords } from '../support/synthetic/search.ts';

/** The engine over `records` split into files held in memory; `fetched` lists each path read. */
function splitEngine(records: readonly SearchRecord[], per?: number) {
	const { manifest, files } = indexFiles(records, '/test-index/', per);
	const fetched: string[] = [];
	const engine = createEngine(
		Fuse,
		(path) => {
			fetched.push(path);
			const body = files.get(path);
			return body ? Promise.resolve(body) : Promise.reject(new Error(`${path}: missing`));
		},
		manifest,
	);
	return { engine, fetched, manifest, files };
}

describe('toGaps() and fromGaps()', () => {
	it('turn ascending indexes into gaps and back', () => {
		expect(toGaps([3, 4, 10, 200])).toEqual([3, 1, 6, 190]);
		expect(fromGaps(toGaps([0, 7, 8, 9999]))).toEqual([0, 7, 8, 9999]);
		expect(fromGaps([])).toEqual([]);
	});
});

describe('mentionedCites()', () => {
	it.each([
		// "section 2(c)" also holds "section 2", as the in-memory search reads it.
		['under section 2(c)(iii), cisa', ['2', '2(c)', '2(c)(iii)']],
		['per 3(b)(ii)', ['3(b)', '3(b)(ii)']],
		['see §3 and section 4', ['3', '4']],
		['eo 14409 at 91 fr 34566', ['eo']],
		['nothing cited here 2026', []],
	])('%j → %j', (text, keys) => {
		expect(mentionedCites(text).sort()).toEqual([...keys].sort());
	});
});

describe('citedIn()', () => {
	it('lists records citing the key, a narrower key or a broader one, and those mentioning it', () => {
		const manifest = {
			cites: { '3': [0], '3(b)': [1], '3(b)(ii)': [2], '2(d)': [3] },
			mentions: { '3(b)': [4] },
		};
		expect(citedIn(manifest, '3(b)')).toEqual([0, 1, 2, 4]);
		expect(citedIn(manifest, '2(d)')).toEqual([3]);
		expect(citedIn(manifest, '5')).toEqual([]);
	});
});

describe('the engine over a split index', () => {
	const records = syntheticRecords(600, 7);

	it('gives the results and counts of the search over every record in memory', async () => {
		const { engine } = splitEngine(records);
		const prefilter = buildPrefilter(records);
		for (const q of BENCH_QUERIES) {
			const memory = searchPrefiltered(Fuse, records, prefilter, q, { limit: 100 });
			const split = await engine.search(q, { limit: 100 });
			expect(
				split.hits.map((h) => h.record.id),
				q,
			).toEqual(memory.hits.map((h) => h.record.id));
			expect(split.counts, q).toEqual(memory.counts);
			expect(split.total, q).toBe(memory.total);
		}
	});

	it('fetches only the term files of a query’s words and the records Fuse ranks', async () => {
		const { engine, fetched, manifest } = splitEngine(records);
		await engine.search('clearinghouse', { limit: 100 });
		const terms = fetched.filter((p) => /\/t\d+\.json$/.test(p));
		const fragments = fetched.filter((p) => /\/r\d+\.json$/.test(p));
		expect(terms.length).toBeGreaterThan(0);
		expect(terms.length).toBeLessThan(manifest.terms.length);
		expect(fragments.length).toBeGreaterThan(0);
		expect(fragments.length).toBeLessThanOrEqual(50);
		expect(fetched.filter((p) => /\/b\d+\.json$/.test(p))).toEqual([]);
		const before = fetched.length;
		await engine.search('clearinghouse', { limit: 100 });
		expect(fetched.length).toBe(before);
	});

	it('checks a phrase in every record holding its words, reading them in bulk', async () => {
		const { engine, fetched } = splitEngine(records);
		const holding = records.filter((r) =>
			`${r.title}\n${r.text}\n${r.keywords}`.includes('frontier model'),
		);
		const outcome = await engine.search('"frontier model"', { limit: 1000 });
		expect(outcome.total).toBe(holding.length);
		expect(outcome.hits.map((h) => h.record.id).sort()).toEqual(holding.map((r) => r.id).sort());
		expect(fetched.some((p) => /\/b\d+\.json$/.test(p))).toBe(true);
	});

	it('searches a part added later after the first, with indexes that follow on', async () => {
		const { engine, manifest, files } = splitEngine(records.slice(0, 300));
		const older = indexFiles(records.slice(300), '/older/');
		const all = new Map([...files, ...older.files]);
		const both = createEngine(Fuse, (path) => Promise.resolve(all.get(path)), manifest);
		both.addPart(older.manifest);
		const first = await engine.search('treasury', { limit: 1000 });
		const whole = await both.search('treasury', { limit: 1000 });
		expect(whole.total).toBeGreaterThan(first.total);
		const memory = searchPrefiltered(Fuse, records, buildPrefilter(records), 'treasury', {
			limit: 1000,
		});
		expect(whole.counts).toEqual(memory.counts);
		expect(both.count('news')).toBe(records.filter((r) => r.type === 'news').length);
	});

	it('rejects when a file cannot be fetched, and fetches it again on the next query', async () => {
		const { manifest, files } = indexFiles(records, '/test-index/');
		let fail = true;
		const engine = createEngine(
			Fuse,
			(path) => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(files.get(path))),
			manifest,
		);
		await expect(engine.search('treasury', {})).rejects.toThrow('offline');
		fail = false;
		expect((await engine.search('treasury', {})).total).toBeGreaterThan(0);
	});
});
