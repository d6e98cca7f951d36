import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalFeedError, readLocalFeed } from '../../../src/lib/aggregator/local-feed.ts';

let root: string;
beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'local-feed-'));
	await mkdir(join(root, 'content/feeds/sub'), { recursive: true });
	await writeFile(join(root, 'content/feeds/ok.xml'), '<rss/>');
	await writeFile(join(root, 'content/feeds/sub/ok.xml'), '<rss/>');
	await writeFile(join(root, 'secret.txt'), 'root:x:0:0');
	await symlink(join(root, 'secret.txt'), join(root, 'content/feeds/link.xml'));
	await symlink(join(root, 'content/feeds/ok.xml'), join(root, 'content/feeds/inner-link.xml'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function codeOf(address: string): Promise<string> {
	try {
		await readLocalFeed(root, address, 1024);
		return 'read';
	} catch (error) {
		if (!(error instanceof LocalFeedError)) throw error;
		expect(error.message).not.toContain(root);
		expect(error.message).not.toContain('root:x');
		return error.code;
	}
}

describe('readLocalFeed()', () => {
	it.each([
		['a file in the folder', 'local:content/feeds/ok.xml', 'read'],
		['a file in a subfolder', 'local:content/feeds/sub/ok.xml', 'read'],
		['a link inside the folder', 'local:content/feeds/inner-link.xml', 'read'],
		['an absolute path', 'local:/etc/passwd', 'config'],
		['a parent segment', 'local:content/feeds/../../secret.txt', 'config'],
		['a parent segment that stays inside', 'local:content/feeds/sub/../ok.xml', 'config'],
		['a file outside the folder', 'local:secret.txt', 'config'],
		['a symlink out of the folder', 'local:content/feeds/link.xml', 'config'],
		['the folder itself', 'local:content/feeds', 'config'],
		['a directory in it', 'local:content/feeds/sub', 'config'],
		['a missing file', 'local:content/feeds/missing.xml', 'local-missing'],
		['a Windows drive path', 'local:C:/x.xml', 'config'],
	])('%s → %s', async (_, address, expected) => {
		expect(await codeOf(address)).toBe(expected);
	});

	it('refuses a file over the byte cap without reading it', async () => {
		await writeFile(join(root, 'content/feeds/big.xml'), 'x'.repeat(2048));
		expect(await codeOf('local:content/feeds/big.xml')).toBe('too-large');
	});
});
