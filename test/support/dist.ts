/** Reads the built site: where dist/ is, and the page paths its sitemap lists. */
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Absolute path of the built site. */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Site-relative paths (e.g. `/order/`) of every URL in the sitemap. */
export async function sitemapPaths(): Promise<string[]> {
	const files = (await readdir(DIST)).filter((f) => /^sitemap-\d+\.xml$/.test(f));
	const paths: string[] = [];
	for (const file of files) {
		const xml = await readFile(join(DIST, file), 'utf8');
		for (const match of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
			paths.push(new URL(match[1]!).pathname);
		}
	}
	return paths.sort();
}
