/**
 * A second opinion on our parser: rss-parser, an independent and widely used feed parser, reads
 * every corpus file too. Wherever both parse a file, they must find the same number of entries.
 * (Our pipeline does not use rss-parser itself: it rejects prefixed namespaces, ignores xml:base
 * and loses a whole feed on one bad date; see src/lib/aggregator/parse/parse.ts.) Skipped without the corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../../src/lib/aggregator/decode/decode.ts';
import { parseFeed } from '../../../src/lib/aggregator/parse/parse.ts';

const projectRoot = resolve(import.meta.dirname, '../../..');
const corpus = resolve(projectRoot, process.env['FEEDS_CORPUS'] ?? '../shared/feeds-corpus');
const present = existsSync(resolve(corpus, 'MANIFEST.tsv'));

/** rss-parser's count, or null when it fails or does not settle (it never settles on some input). */
async function theirCount(text: string): Promise<number | null> {
	const timeout = new Promise<null>((done) => setTimeout(() => done(null), 2000));
	try {
		const feed = await Promise.race([new Parser().parseString(text), timeout]);
		return feed ? feed.items.length : null;
	} catch {
		return null;
	}
}

async function ourCount(text: string): Promise<number | null> {
	try {
		return (await parseFeed(text, 'https://example.com/feed.xml')).entries.length;
	} catch {
		return null;
	}
}

describe.skipIf(!present)(
	`rss-parser as a second opinion on the corpus${present ? '' : ' (corpus not found)'}`,
	() => {
		it('finds the same number of entries as our parser in every file both can parse', async () => {
			const files = readFileSync(resolve(corpus, 'MANIFEST.tsv'), 'utf8')
				.trim()
				.split('\n')
				.slice(1)
				.map((line) => line.split('\t')[0]!);
			const disagreements: string[] = [];
			let both = 0;
			for (const file of files) {
				const bytes = new Uint8Array(readFileSync(resolve(corpus, file)));
				let text: string;
				try {
					text = decodeFeedBytes(bytes, null).text;
				} catch {
					continue;
				}
				if (text.trim() === '') continue;
				const [ours, theirs] = [await ourCount(text), await theirCount(text)];
				if (ours === null || theirs === null) continue;
				both++;
				if (ours !== theirs) disagreements.push(`${file}: ours ${ours}, rss-parser ${theirs}`);
			}
			expect(disagreements).toEqual([]);
			// Most of the corpus is well-formed RSS or Atom that both read.
			expect(both).toBeGreaterThan(files.length / 2);
		}, 60_000);
	},
);
