import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	CURATED_FEED_FILE,
	loadSources,
	SOURCES_FILE,
} from '../../src/lib/aggregator/curated/curated-files.ts';
import { curatedFeedXml, curatedSources } from '../../src/lib/aggregator/curated/curated.ts';
import { SITE_NAME } from '../../src/lib/site.ts';

const root = new URL('../../', import.meta.url);
const sources = loadSources(readFileSync(new URL(SOURCES_FILE, root), 'utf8'));
const committed = readFileSync(new URL(CURATED_FEED_FILE, root), 'utf8');

describe('the curated local feed', () => {
	it('is up to date with the source catalogue (run npm run feeds:curated)', () => {
		expect(committed).toBe(curatedFeedXml(sources, SITE_NAME));
	});

	it('has one item per published source with a confirmed URL, and no other', () => {
		const links = [...committed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]).slice(1);
		const expected = curatedSources(sources).map((s) => s.url!.replace(/&/g, '&amp;'));
		expect(links).toEqual(expected);
		expect(links.length).toBeGreaterThan(20);
		for (const s of curatedSources(sources)) {
			expect(s.urlStatus).toBe('confirmed');
			expect(s.kind).not.toBe('research-note');
		}
	});

	it('dates only sources known to the day, on that day', () => {
		const items = committed.split('<item>').slice(1);
		const byUrl = new Map(curatedSources(sources).map((s) => [s.url!.replace(/&/g, '&amp;'), s]));
		for (const item of items) {
			const source = byUrl.get(/<link>([^<]+)<\/link>/.exec(item)![1]!)!;
			const pubDate = /<pubDate>([^<]+)<\/pubDate>/.exec(item)?.[1];
			if (source.datePrecision === 'day' && source.date) {
				expect(new Date(pubDate!).toISOString().slice(0, 10)).toBe(source.date);
			} else {
				expect(pubDate).toBeUndefined();
			}
		}
	});

	it('escapes markup in titles and summaries', () => {
		const order = sources.find((s) => s.id === 'fr-eo-14409')!;
		const xml = curatedFeedXml(
			[{ ...order, title: 'A <b>bold</b> & "quoted" title', summary: '<script>alert(1)</script>' }],
			SITE_NAME,
		);
		expect(xml).toContain('A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title');
		expect(xml).not.toContain('<script>');
	});

	it('titles an item with the exact title, or with our description in square brackets', () => {
		const order = sources.find((s) => s.id === 'fr-eo-14409')!;
		const { title: _t, titleSource: _s, ...untitled } = order;
		const described = { ...untitled, id: 'described', description: 'Client alert on the order' };
		const xml = curatedFeedXml([order, described], SITE_NAME);
		expect(xml).toContain(`<title>${order.title}</title>`);
		expect(xml).toContain('<title>[Client alert on the order]</title>');
	});
});
