/**
 * The research downloads built from the real data: each collection's JSON carries a schema
 * version and passes the JSON Schema generated from its zod schema (and published beside it); its
 * CSV parses with a real CSV parser into the same rows; ids are the content ids, unique; and /data/
 * describes every column.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
	collectionJsonSchema,
	COLLECTIONS,
	dictionary,
	SCHEMA_VERSION,
} from '../../src/lib/export/collections.ts';
import { DIST } from '../support/dist.ts';
import { validate } from '../support/json-schema.ts';

const read = (path: string) => readFile(join(DIST, path), 'utf8');
const content = async (path: string) =>
	JSON.parse(await readFile(new URL(`../../content/${path}`, import.meta.url), 'utf8')) as Array<{
		id: string;
	}>;

const contentIds: Record<string, () => Promise<string[]>> = {
	sources: async () => (await content('sources/sources.json')).map((s) => s.id),
	claims: async () => (await content('claims/claims.json')).map((c) => c.id),
	events: async () => (await content('events/events.json')).map((e) => e.id),
	news: async () => (await content('news/news.json')).map((n) => n.id),
};

describe.each(COLLECTIONS.map((c) => [c.name, c] as const))('/data/%s', (name, c) => {
	it('JSON has the schema version and passes the JSON Schema generated from the zod schema', async () => {
		const json = JSON.parse(await read(`data/${name}.json`));
		expect(json.schemaVersion).toBe(SCHEMA_VERSION);
		const published = JSON.parse(await read(`data/${name}.schema.json`));
		expect(published).toEqual(collectionJsonSchema(c));
		expect(validate(published, json)).toEqual([]);
		expect(json[c.key].length).toBeGreaterThan(0);
	});

	it('CSV parses into the same rows as the JSON, columns as the dictionary lists them', async () => {
		const json = JSON.parse(await read(`data/${name}.json`));
		const rows = parse(await read(`data/${name}.csv`), {
			columns: true,
			record_delimiter: '\r\n',
		}) as Array<Record<string, string>>;
		expect(Object.keys(rows[0]!)).toEqual(dictionary(c).map(([field]) => field));
		expect(rows.length).toBe(json[c.key].length);
		rows.forEach((row, i) => {
			const expected = Object.fromEntries(
				Object.entries(json[c.key][i] as Record<string, unknown>).map(([k, v]) => [
					k,
					v === null ? '' : String(v),
				]),
			);
			expect(row).toEqual(expected);
		});
	});

	it('uses the content ids, each once', async () => {
		const json = JSON.parse(await read(`data/${name}.json`));
		const ids = (json[c.key] as Array<{ id?: string; claim?: string; source?: string }>).map(
			(r) => r.id ?? `${r.claim}/${r.source}`,
		);
		expect(new Set(ids).size).toBe(ids.length);
		const known = contentIds[name];
		if (known) expect([...ids].sort()).toEqual((await known()).sort());
	});

	it('is described field by field on /data/', async () => {
		const html = await read('data/index.html');
		expect(html).toContain(`href="/data/${name}.json"`);
		expect(html).toContain(`href="/data/${name}.csv"`);
		for (const [field, meaning] of dictionary(c)) {
			expect(meaning.length, field).toBeGreaterThan(3);
			expect(html, field).toContain(`<code>${field}</code>`);
		}
	});
});

describe('/data/claims.json', () => {
	it('carries each source’s stance on each claim, naming known sources', async () => {
		const json = JSON.parse(await read('data/claims.json'));
		const sources = new Set((await content('sources/sources.json')).map((s) => s.id));
		expect(json.stances.length).toBeGreaterThan(json.claims.length);
		for (const s of json.stances) expect(sources.has(s.source), s.source).toBe(true);
		const counted = json.claims.reduce(
			(n: number, c: { agrees: number; differs: number; silent: number }) =>
				n + c.agrees + c.differs + c.silent,
			0,
		);
		expect(counted).toBe(json.stances.length);
	});
});

describe('/data/', () => {
	it('names the schema version field in running text, spaced', async () => {
		expect(await read('data/index.html')).toContain('carries <code>schemaVersion</code>');
	});
});

describe('pages that show the data link its downloads', () => {
	it.each([
		['sources/index.html', ['/data/sources.json', '/data/sources.csv', '/data/claims.json']],
		['news/index.html', ['/data/news.json', '/data/news.csv']],
	])('%s links %j', async (page, paths) => {
		const html = await read(page);
		for (const path of paths) expect(html, path).toContain(`href="${path}"`);
	});
});
