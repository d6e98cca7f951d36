import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
	ContentFileError,
	formatProblem,
	parseJsonArray,
	validateEntries,
	validateEntry,
} from '../../src/lib/content/validate.ts';

const FILE = 'content/sources/sources.json';
const schema = z.strictObject({
	id: z.string(),
	year: z.number().int(),
	tags: z.array(z.string()),
});

/** The problems `run` throws as a ContentFileError (fails when it throws anything else). */
function problemsOf(run: () => unknown) {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(ContentFileError);
		return (error as ContentFileError).problems;
	}
	throw new Error('expected a ContentFileError');
}

describe('parseJsonArray()', () => {
	it('returns the entries of a valid array', () => {
		expect(parseJsonArray('[{"id":"a"},{"id":"b","x":1}]', FILE)).toEqual([
			{ id: 'a' },
			{ id: 'b', x: 1 },
		]);
	});

	it.each([
		['[{"id":"a"},', 'not valid JSON'],
		['{"id":"a"}', 'must be a JSON array'],
	])('refuses %s naming the file and the problem', (text, message) => {
		expect(() => parseJsonArray(text, FILE)).toThrow(ContentFileError);
		expect(() => parseJsonArray(text, FILE)).toThrow(`${FILE}: ${message}`);
	});
});

describe('validateEntries()', () => {
	it('returns the parsed entries when every entry is valid', () => {
		const entries = [{ id: 'a', year: 2026, tags: [] }];
		expect(validateEntries(entries, schema, FILE)).toEqual(entries);
	});

	it('lists every problem of every entry, each with its file, entry, index and field', () => {
		const entries = [
			{ id: 'a', year: 2026.5, tags: ['x', 3] },
			3,
			{ year: 2026, tags: [] },
			{ id: 'a', year: 2026, tags: [], extra: true },
		];
		const problems = problemsOf(() => validateEntries(entries, schema, FILE));
		expect(problems.map(({ index, entry, field }) => [index, entry, field])).toEqual([
			[0, 'a', 'year'],
			[0, 'a', 'tags[1]'],
			[1, undefined, 'id'],
			[1, undefined, undefined],
			[2, undefined, 'id'],
			[3, 'a', 'id'],
			[3, 'a', undefined],
		]);
		expect(problems.every((p) => p.file === FILE)).toBe(true);
		expect(problems[5]!.message).toBe('duplicates entry [0]');
	});

	it('writes one line per problem in one format', () => {
		const error = (() => {
			try {
				validateEntries([{ id: 'a', year: 'x', tags: [] }], schema, FILE);
				return undefined;
			} catch (caught) {
				return caught as Error;
			}
		})();
		expect(error?.message.split('\n')).toEqual([
			'Invalid data (1 problem):',
			`  ${FILE} (entry [0] "a"), field "year": Invalid input: expected number, received string`,
		]);
	});
});

describe('validateEntry()', () => {
	it('names the file and the entry the file holds', () => {
		const problems = problemsOf(() =>
			validateEntry({ id: 'm', year: 1, tags: 'no' }, schema, 'content/x/m.json', 'm'),
		);
		expect(problems.map(formatProblem)).toEqual([
			'content/x/m.json (entry "m"), field "tags": Invalid input: expected array, received string',
		]);
	});
});

describe('formatProblem()', () => {
	it.each([
		[{ file: 'f.json', message: 'not valid JSON' }, 'f.json: not valid JSON'],
		[
			{ file: 'f.json', entry: 'x', field: 'a[0]', value: 'v', message: 'unknown source' },
			'f.json (entry "x"), field "a[0]": unknown source "v"',
		],
	])('writes %o as %s', (problem, text) => {
		expect(formatProblem(problem)).toBe(text);
	});
});
