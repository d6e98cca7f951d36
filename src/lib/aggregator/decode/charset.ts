/**
 * Charset labels and evidence for decoding a feed body: the WHATWG name of a label, the charset
 * parameter of a Content-Type, the encoding of an XML declaration, and a small sniffer for bodies
 * that declare nothing and are not UTF-8.
 *
 * Decoding itself is the platform's WHATWG `TextDecoder`. The sniffer is our own on purpose:
 * encoding-sniffer implements the HTML algorithm (BOM and `<meta>`), not XML declarations, and
 * statistical detectors (chardet, jschardet) guess among dozens of multi-byte charsets and go
 * wrong on short feed texts; this one only tells windows-1252 from KOI8-R and windows-1251 and
 * otherwise says it does not know.
 */

/** Encodings in which every byte is one character (where UTF-8 bytes are easy to tell apart). */
const MULTI_BYTE = new Set([
	'utf-8',
	'utf-16le',
	'utf-16be',
	'gbk',
	'gb18030',
	'big5',
	'euc-jp',
	'iso-2022-jp',
	'shift_jis',
	'euc-kr',
	'x-user-defined',
]);

/**
 * A decoder for `encoding` (lenient, or throwing on bad bytes when `fatal`), made once and reused:
 * a decoder keeps no state between whole-buffer `decode` calls, and making one costs more than
 * decoding a small feed.
 */
export function decoderFor(encoding: string, fatal = false): TextDecoder {
	const key = `${encoding}|${fatal}`;
	let decoder = DECODERS.get(key);
	if (decoder === undefined) {
		decoder = new TextDecoder(encoding, { fatal });
		DECODERS.set(key, decoder);
	}
	return decoder;
}
const DECODERS = new Map<string, TextDecoder>();

/** The WHATWG encoding name for a label (`latin1` → `windows-1252`), or null when unknown. */
export function encodingFor(label: string): string | null {
	const key = label.trim();
	const known = LABELS.get(key);
	if (known !== undefined) return known;
	let encoding: string | null;
	try {
		encoding = new TextDecoder(key).encoding;
	} catch {
		encoding = null;
	}
	// Labels come from feeds: the memory is bounded whatever they send.
	if (LABELS.size < MAX_LABELS) LABELS.set(key, encoding);
	return encoding;
}
const LABELS = new Map<string, string | null>();
const MAX_LABELS = 256;

/** True for an encoding where each byte is one character (windows-1252, koi8-r, iso-8859-7...). */
export function isSingleByte(encoding: string): boolean {
	return !MULTI_BYTE.has(encoding);
}

/** The charset parameter of a Content-Type header, unquoted, or null when absent. */
export function charsetParameter(contentType: string | null): string | null {
	const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
	return match?.[2] ?? null;
}

/** The encoding named by an XML declaration at the start of the bytes, read as ASCII, or null. */
export function declaredXmlEncoding(bytes: Uint8Array): string | null {
	const prefix = decoderFor('windows-1252').decode(bytes.subarray(0, 1024));
	const match = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([^"']*)\1/.exec(prefix);
	return match?.[2] ?? null;
}

/** Decodes strictly, returning null when the bytes are not valid in the encoding. */
export function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
	try {
		return decoderFor(encoding, true).decode(bytes);
	} catch {
		return null;
	}
}

/** True when some byte is outside ASCII. */
export function hasNonAscii(bytes: Uint8Array): boolean {
	for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0x80) return true;
	return false;
}

/** What sniffing concluded about an undeclared body that is not valid UTF-8. */
export type SniffResult =
	{ kind: 'charset'; encoding: string } | { kind: 'unknown-legacy' } | { kind: 'stray-bytes' };

const REPLACEMENT = /\ufffd/u;
const LATIN_TEXT = /[\p{L}‘’‚“”„–—…€«»°·©®™§¶²³¹¼½¾]/u;
const CYRILLIC = /[\u0400-\u04ff]/u;
const CYRILLIC_LOWER = /[\u0430-\u044f\u0450-\u045f]/u;

/** Guesses the charset of undeclared non-UTF-8 bytes: windows-1252, KOI8-R or windows-1251. */
export function sniffLegacyCharset(bytes: Uint8Array): SniffResult {
	// Mostly-UTF-8 text with a few bad bytes is `stray-bytes`; short runs of high bytes that read
	// as Latin letters are windows-1252 (a superset of ISO-8859-1); long runs that read as mostly
	// lower-case Cyrillic are KOI8-R or windows-1251; anything else (Big5, GBK, Shift_JIS...) is
	// `unknown-legacy`, since guessing among multi-byte charsets goes wrong too often.
	const asUtf8 = decoderFor('utf-8').decode(bytes);
	const invalid = countNonAscii(asUtf8, REPLACEMENT);
	const valid = countNonAscii(asUtf8) - invalid;
	if (valid >= invalid) return { kind: 'stray-bytes' };

	let high = 0;
	let runs = 0;
	for (let i = 0; i < bytes.length; i++) {
		if ((bytes[i] ?? 0) < 0x80) continue;
		high++;
		if (i === 0 || (bytes[i - 1] ?? 0) < 0x80) runs++;
	}
	// Latin scripts put one or two accented letters inside ASCII words; Cyrillic and CJK text is
	// made of whole words of high bytes.
	if (high / runs < 2.5) {
		const latin = ratio(decoderFor('windows-1252').decode(bytes), LATIN_TEXT);
		return latin >= 0.8 ? { kind: 'charset', encoding: 'windows-1252' } : { kind: 'stray-bytes' };
	}
	const best = ['koi8-r', 'windows-1251']
		.map((encoding) => {
			const text = decoderFor(encoding).decode(bytes);
			return { encoding, cyrillic: ratio(text, CYRILLIC), lower: ratio(text, CYRILLIC_LOWER) };
		})
		.filter((c) => c.cyrillic >= 0.9 && c.lower >= 0.6 * c.cyrillic)
		.sort((a, b) => b.lower - a.lower)[0];
	return best ? { kind: 'charset', encoding: best.encoding } : { kind: 'unknown-legacy' };
}

/** The non-ASCII code points of `text`, or only those matching `pattern` (one code point). */
function countNonAscii(text: string, pattern?: RegExp): number {
	let count = 0;
	// A loop over code points: no array of every character, no regular expression per ASCII one.
	for (let i = 0; i < text.length; i++) {
		if (text.charCodeAt(i) < 0x80) continue;
		const point = text.codePointAt(i) ?? 0;
		if (point > 0xffff) i++;
		if (!pattern || pattern.test(String.fromCodePoint(point))) count++;
	}
	return count;
}

/** The share of non-ASCII characters of `text` that match `pattern`. */
function ratio(text: string, pattern: RegExp): number {
	const all = countNonAscii(text);
	return all === 0 ? 0 : countNonAscii(text, pattern) / all;
}
