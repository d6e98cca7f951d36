import { describe, expect, it } from 'vitest';
import { ContentFileError, parseJsonArray } from '../../src/lib/content/json-array.ts';

const FILE = 'content/sources/sources.json';

describe('parseJsonArray()', () => {
	it('returns the entries of a valid array', () => {
		expect(parseJsonArray('[{"id":"a"},{"id":"b","x":1}]', FILE)).toEqual([
			{ id: 'a' },
			{ id: 'b', x: 1 },
		]);
	});

	it.each([
		[
			'[{"id":"a"},{"id":"b"},{"id":"a"}]',
			'entry [2] field "id" duplicates "a" (first used by entry [0])',
		],
		['[{"id":"a"},', 'not valid JSON'],
		['{"id":"a"}', 'must be a JSON array'],
		['[{"id":"a"}, 3]', 'entry [1] must be an object'],
		['[{"name":"a"}]', 'entry [0] field "id" is missing or not a string'],
		['[{"id":7}]', 'entry [0] field "id" is missing or not a string'],
	])('refuses %s naming the file and the problem', (text, message) => {
		expect(() => parseJsonArray(text, FILE)).toThrow(ContentFileError);
		expect(() => parseJsonArray(text, FILE)).toThrow(`${FILE}: ${message}`);
	});
});
