/** Reads a split search index (src/lib/search/index-files.ts) back: from dist/, or from files held in memory. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Fuse from 'fuse.js';
import { createEngine, type Engine } from '../../src/lib/search/engine.ts';
import {
	bulkPath,
	indexFiles,
	type FragmentFile,
	type IndexManifest,
} from '../../src/lib/search/index-files.ts';
import type { SearchRecord } from '../../src/lib/search/record-types.ts';
import type { ShardRef } from '../../src/lib/search/shards.ts';

/** A JSON file of `dist` by its site-relative path. */
export const readDistJson = <T>(dist: string, path: string): T =>
	JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;

/** The main manifest of the index built into `dist`. */
export const mainManifest = (dist: string) =>
	readDistJson<IndexManifest & { shards: ShardRef[] }>(dist, 'search-index.json');

/** Every record of the part `manifest` describes, read from its bulk files in `dist`. */
export function partRecords(dist: string, manifest: IndexManifest): SearchRecord[] {
	const records: SearchRecord[] = [];
	for (let n = 0; n * manifest.bulk < manifest.size; n++) {
		records.push(...readDistJson<FragmentFile>(dist, bulkPath(manifest.dir, n)).records);
	}
	return records;
}

/** The engine /search/ runs, over the main part of the index in `dist`, reading its files from disk; `fetched` lists each path read. */
export function distEngine(dist: string): { engine: Engine; fetched: string[] } {
	const fetched: string[] = [];
	const engine = createEngine(
		Fuse,
		(path) => {
			fetched.push(path);
			return Promise.resolve(readDistJson(dist, path));
		},
		mainManifest(dist),
	);
	return { engine, fetched };
}

/**
 * Writes `records` as a split index into `dist` (for the benches, which serve it as a host would):
 * the manifest at `/<name>.json`, its files under `/<name>/`. `remove` deletes both.
 */
export function writeIndex(dist: string, records: readonly SearchRecord[], name: string) {
	const { manifest, files } = indexFiles(records, `/${name}/`);
	writeFileSync(join(dist, `${name}.json`), JSON.stringify(manifest));
	for (const [path, body] of files) {
		mkdirSync(dirname(join(dist, path)), { recursive: true });
		writeFileSync(join(dist, path), JSON.stringify(body));
	}
	return {
		path: `/${name}.json`,
		manifest,
		files: files as Map<string, unknown>,
		remove() {
			rmSync(join(dist, `${name}.json`), { force: true });
			rmSync(join(dist, name), { recursive: true, force: true });
		},
	};
}
