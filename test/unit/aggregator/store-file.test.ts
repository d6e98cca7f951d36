import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/lib/aggregator/store/atomic-write.ts';
import {
	readFeedState,
	readStore,
	serializeFeedState,
	serializeStore,
} from '../../../src/lib/aggregator/store/store-file.ts';
import { mergeIntoStore } from '../../../src/lib/aggregator/store/store.ts';
import { ContentFileError } from '../../../src/lib/content/validate.ts';
import {
	alsoReportedSchema,
	feedStateSchema,
	matchSchema,
	newsItemSchema,
	type FeedState,
	type NewsItem,
} from '../../../src/lib/schemas/news.ts';
import { at, candidate, match, shuffled } from './candidates.ts';

const scratchDirs: string[] = [];

/** A new empty directory, removed after the tests. */
async function scratch(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'store-file-'));
	scratchDirs.push(dir);
	return dir;
}

afterAll(async () => {
	await Promise.all(scratchDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const NOW = '2026-07-20T08:00:00.000Z';
const rules = [
	{
		id: 'gold-eagle',
		topic: 'clearinghouse' as const,
		phrases: ['GOLD EAGLE'],
		milestones: [],
		note: 'x',
	},
];
const items: NewsItem[] = mergeIntoStore(
	[],
	[
		candidate({
			feed: 'f-a',
			url: 'https://example.com/1',
			title: 'Gold Eagle one',
			published: at(1),
		}),
		candidate({
			feed: 'f-b',
			url: 'https://example.com/2',
			title: 'Gold Eagle two',
			published: at(2),
		}),
		candidate({
			feed: 'f-c',
			url: 'https://example.com/2',
			title: 'Gold Eagle two',
			published: at(3),
		}),
		candidate({
			feed: 'f-a',
			url: 'https://example.com/3',
			title: 'Gold Eagle three',
			published: at(2),
		}),
	],
	NOW,
	rules,
).items;

const states: FeedState[] = [
	{
		id: 'wh-releases',
		etag: '"abc"',
		lastModified: null,
		lastAttempt: NOW,
		lastSuccess: NOW,
		result: 'ok',
		error: null,
		entries: 30,
		kept: 2,
		dropped: { irrelevant: 27, duplicate: 1 },
	},
	{
		id: 'cisa-news',
		etag: null,
		lastModified: null,
		lastAttempt: NOW,
		lastSuccess: null,
		result: 'failed',
		error: { code: 'timeout-body', message: 'Body took longer than 20 s' },
		entries: 0,
		kept: 0,
		dropped: {},
	},
];

/** A copy of `value` with the keys of every object in reverse order. */
function reversedKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(reversedKeys);
	if (typeof value !== 'object' || value === null) return value;
	return Object.fromEntries(
		Object.entries(value)
			.reverse()
			.map(([key, inner]) => [key, reversedKeys(inner)]),
	);
}

async function tempFile(name: string, text: string | null): Promise<string> {
	const file = join(await scratch(), name);
	if (text !== null) await writeFile(file, text);
	return file;
}

describe('serializeStore()', () => {
	it('writes keys in schema order at every level, whatever the input order', () => {
		const text = serializeStore(reversedKeys(items) as NewsItem[]);
		const [first] = JSON.parse(text) as Array<Record<string, unknown>>;
		// Every required key, and each optional key the item has, in schema order.
		const shape = newsItemSchema.shape as Record<
			string,
			{ safeParse: (v: unknown) => { success: boolean } }
		>;
		expect(Object.keys(first ?? {})).toEqual(
			Object.keys(shape).filter(
				(k) => k in (first ?? {}) || !shape[k]!.safeParse(undefined).success,
			),
		);
		const parsed = JSON.parse(text) as NewsItem[];
		const report = parsed.flatMap((item) => item.alsoReportedBy)[0];
		expect(Object.keys(report ?? {})).toEqual(Object.keys(alsoReportedSchema.shape));
		expect(Object.keys(parsed[0]?.matches[0] ?? {})).toEqual(Object.keys(matchSchema.shape));
	});

	it('indents with tabs, ends with one newline, and orders items latest first, then by id', () => {
		const text = serializeStore(shuffled(items, 5));
		expect(text).toBe(serializeStore(items));
		expect(text.endsWith(']\n')).toBe(true);
		expect(text).toMatch(/^\[\n\t\{\n\t\t"id": /);
		const parsed = JSON.parse(text) as NewsItem[];
		const order = [...parsed].sort(
			(a, b) => Date.parse(b.published) - Date.parse(a.published) || (a.id < b.id ? -1 : 1),
		);
		expect(parsed.map((item) => item.id)).toEqual(order.map((item) => item.id));
	});

	it('writes an empty store as an empty array', () => {
		expect(serializeStore([])).toBe('[]\n');
	});

	it.each<[string, (item: NewsItem) => unknown, string]>([
		['an invalid date', (item) => ({ ...item, published: 'yesterday' }), 'field "published"'],
		[
			'a match without a rule',
			(item) => ({ ...item, matches: [{ ...match('x'), rule: '' }] }),
			'field "matches[0].rule"',
		],
		['an extra key', (item) => ({ ...item, extra: 1 }), 'Unrecognized key'],
	])('refuses an item with %s, naming the entry and the field', (_, change, message) => {
		const [first, ...rest] = items;
		const broken = [change(first as NewsItem), ...rest] as NewsItem[];
		expect(() => serializeStore(broken)).toThrow(ContentFileError);
		expect(() => serializeStore(broken)).toThrow(message);
	});

	it('refuses two items with the same id', () => {
		expect(() => serializeStore([...items, items[0] as NewsItem])).toThrow(
			/field "id": duplicates/,
		);
	});
});

describe('serializeFeedState()', () => {
	it('sorts feeds by id and drop reasons by name, with keys in schema order', () => {
		const text = serializeFeedState(reversedKeys(states) as FeedState[]);
		const parsed = JSON.parse(text) as FeedState[];
		expect(parsed.map((state) => state.id)).toEqual(states.map((state) => state.id).sort());
		expect(Object.keys(parsed[0] ?? {})).toEqual(Object.keys(feedStateSchema.shape));
		const dropped = parsed.find((state) => state.id === 'wh-releases')?.dropped ?? {};
		expect(Object.keys(dropped)).toEqual(Object.keys(dropped).sort());
		expect(text.endsWith('}\n]\n')).toBe(true);
		expect(serializeFeedState([...states].reverse())).toBe(text);
	});
});

describe('readStore() and readFeedState()', () => {
	it('read back exactly what was written', async () => {
		const newsFile = await tempFile('news.json', null);
		await writeFileAtomic(newsFile, serializeStore(items));
		const read = await readStore(newsFile);
		expect(serializeStore(read)).toBe(await readFile(newsFile, 'utf8'));
		const stateFile = await tempFile('feed-state.json', serializeFeedState(states));
		expect(serializeFeedState(await readFeedState(stateFile))).toBe(serializeFeedState(states));
	});

	it('reads a missing file as empty only when told to', async () => {
		const file = join(await scratch(), 'news.json');
		await expect(readStore(file, { allowMissing: true })).resolves.toEqual([]);
		await expect(readFeedState(file, { allowMissing: true })).resolves.toEqual([]);
		await expect(readStore(file)).rejects.toThrow(`${file}: file not found`);
		await expect(readFeedState(file)).rejects.toThrow(ContentFileError);
	});

	it('names the file, the entry, its id and the field of each invalid value', async () => {
		const data = JSON.parse(serializeStore(items)) as Array<Record<string, unknown>>;
		data[1] = { ...data[1], published: '2026-07-15' };
		data[2] = { ...data[2], topics: ['weather'] };
		const file = await tempFile('news.json', JSON.stringify(data));
		const error = await readStore(file).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(ContentFileError);
		const message = (error as Error).message;
		expect(message).toContain(
			`${file} (entry [1] "${String(data[1]?.['id'])}"), field "published": Invalid ISO datetime`,
		);
		expect(message).toContain(
			`${file} (entry [2] "${String(data[2]?.['id'])}"), field "topics[0]"`,
		);
	});

	it.each([
		['not JSON', '[{', ': not valid JSON'],
		['not an array', '{}', ': must be a JSON array'],
		[
			'a repeated id',
			'[{"id":"a"},{"id":"a"}]',
			' (entry [1] "a"), field "id": duplicates entry [0]',
		],
	])('refuses a file that is %s, naming it', async (_, text, message) => {
		const file = await tempFile('feed-state.json', text);
		await expect(readFeedState(file)).rejects.toThrow(`${file}${message}`);
	});
});
