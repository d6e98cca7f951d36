import { mkdir, mkdtemp, rm, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic, type WriteStep } from '../../../src/lib/aggregator/store/atomic-write.ts';

const scratchDirs: string[] = [];

/** A new empty directory, removed after the tests. */
async function scratch(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'atomic-write-'));
	scratchDirs.push(dir);
	return dir;
}

afterAll(async () => {
	await Promise.all(scratchDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function directoryWith(content: string | null): Promise<{ dir: string; file: string }> {
	const dir = await scratch();
	const file = join(dir, 'news.json');
	if (content !== null) await writeFile(file, content);
	return { dir, file };
}

const OLD = '[\n\t{ "id": "old" }\n]\n';
const NEW = `[\n${'\t{ "id": "new" },\n'.repeat(2000)}\t{ "id": "last" }\n]\n`;

describe('writeFileAtomic()', () => {
	it.each([
		['creates a missing file', null],
		['replaces an existing file', OLD],
	])('%s and leaves nothing else in the directory', async (_, before) => {
		const { dir, file } = await directoryWith(before);
		await writeFileAtomic(file, NEW);
		expect(await readFile(file, 'utf8')).toBe(NEW);
		expect(await readdir(dir)).toEqual(['news.json']);
	});

	it('writes through a hidden temporary file in the same directory', async () => {
		const { dir, file } = await directoryWith(OLD);
		let during: string[] = [];
		const spy: WriteStep = async (handle, text) => {
			await handle.writeFile(text, 'utf8');
			during = await readdir(dir);
		};
		await writeFileAtomic(file, NEW, { write: spy });
		const temp = during.filter((name) => name !== 'news.json');
		expect(temp).toHaveLength(1);
		expect(temp[0]).toMatch(/^\.news\.json\..+\.tmp$/);
	});

	it.each<[string, WriteStep]>([
		[
			'after writing half of the text',
			async (handle, text) => {
				await handle.writeFile(text.slice(0, text.length / 2), 'utf8');
				throw new Error('disk full');
			},
		],
		[
			'before writing anything',
			async () => {
				throw new Error('disk full');
			},
		],
	])(
		'keeps the previous file intact and removes the temporary file when failing %s',
		async (_, step) => {
			const { dir, file } = await directoryWith(OLD);
			await expect(writeFileAtomic(file, NEW, { write: step })).rejects.toThrow('disk full');
			expect(await readFile(file, 'utf8')).toBe(OLD);
			expect(JSON.parse(await readFile(file, 'utf8'))).toEqual([{ id: 'old' }]);
			expect(await readdir(dir)).toEqual(['news.json']);
		},
	);

	it('removes the temporary file when the final rename fails', async () => {
		const { dir } = await directoryWith(null);
		const target = join(dir, 'occupied');
		await mkdir(target);
		await writeFile(join(target, 'keep.txt'), 'x');
		await expect(writeFileAtomic(target, NEW)).rejects.toThrow();
		expect(await readdir(dir)).toEqual(['occupied']);
		expect(await readdir(target)).toEqual(['keep.txt']);
	});

	it('fails without creating anything when the directory does not exist', async () => {
		const { dir } = await directoryWith(null);
		await expect(writeFileAtomic(join(dir, 'missing', 'news.json'), NEW)).rejects.toThrow(/ENOENT/);
		expect(await readdir(dir)).toEqual([]);
	});

	it('leaves exactly one complete version after concurrent writes', async () => {
		const { dir, file } = await directoryWith(OLD);
		const versions = Array.from({ length: 16 }, (_, i) => `${String(i).padStart(2, '0')}\n${NEW}`);
		await Promise.all(versions.map((text) => writeFileAtomic(file, text)));
		expect(versions).toContain(await readFile(file, 'utf8'));
		expect(await readdir(dir)).toEqual(['news.json']);
	});
});
