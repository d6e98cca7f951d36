import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../../src/lib/aggregator/decode/decode.ts';
import { FeedError } from '../../../src/lib/aggregator/types.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const hex = (digits: string) => Uint8Array.from(digits.match(/../g) ?? [], (h) => parseInt(h, 16));
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const utf16 = (text: string, order: 'le' | 'be') =>
	Uint8Array.from(
		[...text].flatMap((c) => {
			const code = c.charCodeAt(0);
			return order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
		}),
	);

// Encoded with Python's codecs, so the expected text does not depend on the decoder under test.
const KOI8R = hex(
	'f0d2c9d7c5d42c20cbc1cb20c4c5ccc13f20e8cfd2cfdbcf2c20d3d0c1d3c9c2cf20c2cfccd8dbcfc52e',
);
const KOI8R_TEXT = 'Привет, как дела? Хорошо, спасибо большое.';
const CP1251 = hex('cff0e8e2e5f22c20eae0ea20e4e5ebe03f');
const CP1251_TEXT = 'Привет, как дела?';
const LATIN1 = hex('436166e9206372e86d65206272fb6ce96520e02063f474e9');
const LATIN1_TEXT = 'Café crème brûlée à côté';
const BIG5 = hex('b773bb44bcd0c344b4fab8d5a4baae65');
const EUCKR_NYEON = hex('b3e2');

const rss = (title: Uint8Array, decl = '') =>
	join(utf8(`${decl}<rss><channel><title>`), title, utf8('</title></channel></rss>'));
const titleOf = (text: string) => /<title>(.*)<\/title>/.exec(text)?.[1];

describe('decodeFeedBytes() chooses the charset in order: BOM, Content-Type, XML declaration, UTF-8', () => {
	it.each([
		{
			name: 'a UTF-8 BOM wins over a Content-Type charset',
			bytes: join(hex('efbbbf'), utf8('<rss><title>é</title></rss>')),
			contentType: 'text/xml; charset=iso-8859-1',
			charset: 'utf-8',
			title: 'é',
		},
		{
			name: 'a UTF-16LE BOM',
			bytes: join(
				hex('fffe'),
				utf16('<?xml version="1.0" encoding="utf-16"?><title>ж</title>', 'le'),
			),
			contentType: null,
			charset: 'utf-16le',
			title: 'ж',
		},
		{
			name: 'a UTF-16BE BOM',
			bytes: join(hex('feff'), utf16('<title>ж</title>', 'be')),
			contentType: null,
			charset: 'utf-16be',
			title: 'ж',
		},
		{
			name: 'UTF-16LE without a BOM, from the NUL pattern of "<"',
			bytes: utf16('<title>ж</title>', 'le'),
			contentType: null,
			charset: 'utf-16le',
			title: 'ж',
		},
		{
			name: 'the Content-Type charset wins over the XML declaration',
			bytes: rss(CP1251, '<?xml version="1.0" encoding="iso-8859-1"?>'),
			contentType: 'application/rss+xml; charset="windows-1251"',
			charset: 'windows-1251',
			title: CP1251_TEXT,
		},
		{
			name: 'the XML declaration, read from the ASCII prefix',
			bytes: rss(EUCKR_NYEON, '<?xml version="1.0" encoding="EUC-KR"?>'),
			contentType: 'text/xml',
			charset: 'euc-kr',
			title: '년',
		},
		{
			name: 'the XML declaration after leading whitespace',
			bytes: rss(LATIN1, '\n  <?xml version="1.0" encoding=\'ISO-8859-1\'?>'),
			contentType: null,
			charset: 'windows-1252',
			title: LATIN1_TEXT,
		},
		{
			name: 'UTF-8 when nothing is declared',
			bytes: rss(utf8('Notícias €')),
			contentType: null,
			charset: 'utf-8',
			title: 'Notícias €',
		},
	])('$name', ({ bytes, contentType, charset, title }) => {
		const decoded = decodeFeedBytes(bytes, contentType);
		expect(decoded.charset).toBe(charset);
		expect(titleOf(decoded.text)).toBe(title);
		expect(decoded.text.startsWith('\ufeff')).toBe(false);
		expect(decoded.warnings).toEqual([]);
	});
});

describe('decodeFeedBytes() recovers, with a warning, from', () => {
	it.each([
		{
			name: 'an unknown label in the XML declaration (falls back to UTF-8)',
			bytes: rss(utf8('Café'), '<?xml version="1.0" encoding="bogus"?>'),
			contentType: null,
			charset: 'utf-8',
			title: 'Café',
			warning: /Unknown charset "bogus"/,
		},
		{
			name: 'an unknown Content-Type label (the XML declaration is used instead)',
			bytes: rss(LATIN1, '<?xml version="1.0" encoding="iso-8859-1"?>'),
			contentType: 'text/xml; charset=x-nonsense',
			charset: 'windows-1252',
			title: LATIN1_TEXT,
			warning: /Unknown charset "x-nonsense" in the Content-Type header/,
		},
		{
			name: 'invalid bytes in declared UTF-8 (replaced with U+FFFD)',
			bytes: rss(
				join(utf8('a'), hex('e28099ff'), utf8('b')),
				'<?xml version="1.0" encoding="utf-8"?>',
			),
			contentType: null,
			charset: 'utf-8',
			title: 'a\u2019\ufffdb',
			warning: /1 invalid byte sequence for utf-8 replaced with U\+FFFD/,
		},
		{
			name: 'a declared ISO-8859-1 whose bytes are valid UTF-8 (read as UTF-8)',
			bytes: rss(utf8('테스트 Café'), '<?xml version="1.0" encoding="ISO-8859-1"?>'),
			contentType: null,
			charset: 'utf-8',
			title: '테스트 Café',
			warning: /says ISO-8859-1 but the bytes are valid UTF-8/,
		},
		{
			name: 'a UTF-16 label on a body that is not UTF-16',
			bytes: rss(utf8('Café'), '<?xml version="1.0" encoding="UTF-16"?>'),
			contentType: null,
			charset: 'utf-8',
			title: 'Café',
			warning: /not UTF-16; ignored/,
		},
		{
			name: 'undeclared Latin-1 text (sniffed as windows-1252)',
			bytes: rss(LATIN1),
			contentType: null,
			charset: 'windows-1252',
			title: LATIN1_TEXT,
			warning: /declares no charset .* read as windows-1252/,
		},
		{
			name: 'undeclared KOI8-R text (sniffed by its mostly lower-case Cyrillic)',
			bytes: rss(KOI8R),
			contentType: null,
			charset: 'koi8-r',
			title: KOI8R_TEXT,
			warning: /read as koi8-r/,
		},
		{
			name: 'undeclared windows-1251 text (sniffed by its mostly lower-case Cyrillic)',
			bytes: rss(join(CP1251, utf8(' '), CP1251)),
			contentType: null,
			charset: 'windows-1251',
			title: `${CP1251_TEXT} ${CP1251_TEXT}`,
			warning: /read as windows-1251/,
		},
		{
			name: 'a stray non-UTF-8 byte in undeclared text that is not Latin (U+FFFD)',
			bytes: rss(join(utf8('price '), hex('a4'), utf8(' 10'))),
			contentType: null,
			charset: 'utf-8',
			title: 'price \ufffd 10',
			warning: /replaced with U\+FFFD/,
		},
	])('$name', ({ bytes, contentType, charset, title, warning }) => {
		const decoded = decodeFeedBytes(bytes, contentType);
		expect(decoded.charset).toBe(charset);
		expect(titleOf(decoded.text)).toBe(title);
		expect(decoded.warnings.join('\n')).toMatch(warning);
	});
});

describe('decodeFeedBytes() refuses with FeedError("encoding")', () => {
	it.each([
		{
			name: 'a gzip body that was never decompressed',
			bytes: hex('1f8b0800000000000003'),
			message: /gzip-compressed/,
		},
		{
			name: 'undeclared multi-byte legacy text that cannot be guessed safely (Big5)',
			bytes: rss(join(BIG5, BIG5, BIG5)),
			message: /not valid UTF-8 and declares no charset/,
		},
	])('$name', ({ bytes, message }) => {
		let caught: unknown;
		try {
			decodeFeedBytes(bytes, null);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(FeedError);
		expect((caught as FeedError).code).toBe('encoding');
		expect((caught as FeedError).message).toMatch(message);
	});
});

describe('decodeFeedBytes() with decoders kept between feeds', () => {
	it.each([
		['windows-1251', CP1251, CP1251_TEXT],
		['koi8-r', KOI8R, KOI8R_TEXT],
		['utf-8', utf8('Ça marche'), 'Ça marche'],
	])('reads a %s feed right after one full of bad bytes', (charset, good, text) => {
		const declared = `<?xml version="1.0" encoding="${charset}"?>`;
		const bad = decodeFeedBytes(rss(hex('e381ff8182fefd'), declared), null);
		expect(bad.text).toContain('<title>');
		expect(titleOf(decodeFeedBytes(rss(good, declared), null).text)).toBe(text);
		expect(titleOf(decodeFeedBytes(rss(hex('e3'), declared), null).text)).not.toBe(text);
		expect(titleOf(decodeFeedBytes(rss(good, declared), null).text)).toBe(text);
	});
});
