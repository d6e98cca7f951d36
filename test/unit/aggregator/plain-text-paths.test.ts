/**
 * plainText() takes shortcuts for speed: text without markup skips the HTML parser, simple markup
 * is read by `simpleMarkupText`, and long markup is read by a prefix first. Each shortcut must
 * give exactly what reading the whole field with sanitize-html gives. Compared over generated
 * markup (seeded) and, when present, every field of the shared feed corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sanitizeHtml from 'sanitize-html';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../../src/lib/aggregator/decode/decode.ts';
import { simpleMarkupText } from '../../../src/lib/aggregator/normalize/simple-markup.ts';
import {
	capText,
	plainText,
	SUMMARY_MAX,
	TITLE_MAX,
} from '../../../src/lib/aggregator/normalize/text.ts';
import { parseFeed } from '../../../src/lib/aggregator/parse/parse.ts';
import { seededRandom } from '../../support/synthetic/feeds.ts';

/** What sanitize-html keeps of `html` with no tags allowed, its escapes undone. */
function sanitizedText(html: string): string {
	return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(
		/&(amp|lt|gt|quot);/g,
		(_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name] ?? '',
	);
}

/** plainText() with no shortcut but the plain-text one: the whole field, then the cap. */
const whole = (html: string, max: number) => capText(plainText(html, Infinity), max);

const TOKENS = [
	'<p>',
	'</p>',
	'<P CLASS="x">',
	'<a href="https://example.com/?a=1&amp;b=2">',
	'</a>',
	'<br/>',
	'<br>',
	'<br />',
	'<pre>\n',
	'</pre>',
	'<article>',
	'<section id="s">',
	'<picture><source srcset="x">',
	"<a title='x>y'>",
	'<a href=x/>',
	'<a b c>',
	'<a\nhref="x">',
	'<a href= "x">',
	'<a href ="x">',
	'<a href="x"title="y">',
	'<a =x>',
	'<p/ >',
	'</p >',
	'</ p>',
	'<img src=x onerror=alert(1)>',
	'<script>',
	'</script>',
	'<style>',
	'<textarea>',
	'<svg>',
	'<noscript>',
	'<!--',
	'-->',
	'<![CDATA[',
	']]>',
	'<3',
	'<',
	'>',
	'&amp;',
	'&lt;',
	'&gt;',
	'&nbsp;',
	'&#39;',
	'&#x27;',
	'&amp',
	'&notit;',
	'&#0;',
	'&#128;',
	'&#x110000;',
	'&',
	'&amp;lt;b&amp;gt;',
	'{',
	'}',
	'color: red;',
	'text',
	'more words',
	' ',
	'\n',
	'\t',
	'\u0000',
	'é',
	'e\u0301',
	'\u202e',
	'😀',
];

function generated(count: number): string[] {
	const random = seededRandom(14409);
	return Array.from({ length: count }, () =>
		Array.from(
			{ length: 1 + Math.floor(random() * 30) },
			() => TOKENS[Math.floor(random() * TOKENS.length)],
		).join(''),
	);
}

describe('simpleMarkupText()', () => {
	const cases = generated(3000);

	it('gives the text sanitize-html keeps, for every generated markup it accepts', () => {
		let accepted = 0;
		for (const html of cases) {
			const simple = simpleMarkupText(html);
			if (simple === null) continue;
			accepted++;
			expect(simple, html).toBe(sanitizedText(html));
		}
		// The comparison means something only if the shortcut is taken often.
		expect(accepted).toBeGreaterThan(cases.length / 10);
	});

	it.each([
		['a comment', 'a<!-- b -->c'],
		['CDATA', 'a<![CDATA[b]]>c'],
		['a script', 'a<script>b</script>c'],
		['a textarea', 'a<textarea><b></textarea>c'],
		['svg', '<svg><title>x</title></svg>'],
		['a bare "<"', 'a < b'],
		['an unterminated tag', 'a <b'],
		['an unterminated attribute value', '<a href="x>y'],
		['an attribute glued to a value', '<a href="x"title="y">'],
		['an end tag with attributes', '</a href="x">'],
	])('declines %s', (_, html) => {
		expect(simpleMarkupText(html)).toBeNull();
	});

	it('accepts ordinary formatting markup', () => {
		expect(
			simpleMarkupText('<p>A <a href="https://example.com/?a=1&amp;b=2">b</a>&amp;c<br/></p>'),
		).toBe('A b&c');
	});
});

describe('plainText() shortcuts give what reading the whole field gives', () => {
	it('for generated markup, long and short, at title and summary caps', () => {
		for (const html of generated(500)) {
			const long = html.repeat(25);
			for (const max of [TITLE_MAX, SUMMARY_MAX, 40]) {
				expect(plainText(long, max), long).toBe(whole(long, max));
				expect(plainText(html, max), html).toBe(whole(html, max));
			}
		}
	});

	it('for long markup whose stray CSS rule closes beyond the prefix', () => {
		const html = `<p>${'word '.repeat(20)}</p>.x { color: red; ${'y '.repeat(3000)} }<p>${'end '.repeat(300)}</p>`;
		expect(plainText(html, SUMMARY_MAX)).toBe(whole(html, SUMMARY_MAX));
		expect(plainText(html, SUMMARY_MAX)).toMatch(/^end end/);
	});

	it('for text without markup, compared with sanitize-html itself', () => {
		for (const text of ['a > b "c"', 'tab\there', 'x\u00a0y', '{a: b}', 'e\u0301']) {
			expect(plainText(text, SUMMARY_MAX)).toBe(plainText(`<b></b>${text}`, SUMMARY_MAX));
			expect(simpleMarkupText(text)).toBe(sanitizedText(text));
		}
	});

	const corpus = resolve(
		import.meta.dirname,
		'../../..',
		process.env['FEEDS_CORPUS'] ?? '../shared/feeds-corpus',
	);
	it.skipIf(!existsSync(corpus))(
		'for every title, summary and content of the feed corpus',
		async () => {
			let fields = 0;
			for (const file of readdirSync(corpus, { recursive: true, encoding: 'utf8' })) {
				if (!/\.(xml|rss|atom|rdf|json)$/.test(file)) continue;
				let entries;
				try {
					const { text } = decodeFeedBytes(new Uint8Array(readFileSync(join(corpus, file))), null);
					entries = (await parseFeed(text, 'https://example.com/feed.xml')).entries;
				} catch {
					continue;
				}
				for (const entry of entries) {
					for (const field of [entry.title, entry.summary, entry.content]) {
						if (field === null) continue;
						fields++;
						for (const max of [TITLE_MAX, SUMMARY_MAX]) {
							expect(plainText(field, max), `${file}`).toBe(whole(field, max));
						}
						const simple = simpleMarkupText(field);
						if (simple !== null) expect(simple, file).toBe(sanitizedText(field));
					}
				}
			}
			expect(fields).toBeGreaterThan(1000);
		},
	);
});
