/**
 * Bytes to text. The charset comes from, in order: a byte-order mark, the charset parameter of
 * the HTTP Content-Type, the XML declaration's encoding, then UTF-8. Two corrections apply, each
 * with a warning: a declared single-byte charset (ISO-8859-1, windows-1252...) whose bytes are in
 * fact valid non-ASCII UTF-8 is read as UTF-8, since mislabelled UTF-8 is common and the reverse
 * is practically impossible; and a body that declares nothing and is not UTF-8 is sniffed for a
 * legacy charset (see `sniffLegacyCharset`). The returned text no longer depends on the XML
 * declaration: the parser must not decode it again.
 */
import {
	charsetParameter,
	declaredXmlEncoding,
	decodeStrict,
	decoderFor,
	encodingFor,
	hasNonAscii,
	isSingleByte,
	sniffLegacyCharset,
} from './charset.ts';
import { FeedError } from '../types.ts';

/** A decoded feed body. */
export interface DecodedFeed {
	text: string;
	/** The WHATWG name of the encoding used, e.g. `utf-8`, `windows-1252`, `gbk`. */
	charset: string;
	warnings: string[];
}

/** Decodes a feed body (bad bytes → U+FFFD); throws FeedError('encoding') on gzip, unknown bytes. */
export function decodeFeedBytes(bytes: Uint8Array, contentType: string | null): DecodedFeed {
	if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
		throw new FeedError(
			'encoding',
			'The body is gzip-compressed (it starts with the bytes 1f 8b) but was not decompressed; the server probably sent it without a Content-Encoding header.',
		);
	}
	const warnings: string[] = [];
	// The strict UTF-8 reading, made at most once: both choosing and decoding may need it.
	let utf8: string | null | undefined;
	const strictUtf8 = () => (utf8 === undefined ? (utf8 = decodeStrict(bytes, 'utf-8')) : utf8);
	const chosen = chooseEncoding(bytes, contentType, warnings, strictUtf8);
	const text =
		chosen === 'utf-8' && strictUtf8() !== null
			? (strictUtf8() as string)
			: decodeWith(bytes, chosen, warnings);
	return { text: text.replace(/^\ufeff/, ''), charset: chosen, warnings };
}

function chooseEncoding(
	bytes: Uint8Array,
	contentType: string | null,
	warnings: string[],
	strictUtf8: () => string | null,
): string {
	const bom = encodingFromBom(bytes);
	if (bom) return bom;
	const bomless = bomlessUtf16(bytes);
	if (bomless) return bomless;

	const declared =
		usableLabel(charsetParameter(contentType), 'Content-Type header', bytes, warnings) ??
		usableLabel(declaredXmlEncoding(bytes), 'XML declaration', bytes, warnings);
	if (declared) {
		if (isSingleByte(declared.encoding) && hasNonAscii(bytes) && strictUtf8() !== null) {
			warnings.push(
				`The ${declared.where} says ${declared.label} but the bytes are valid UTF-8; read as UTF-8.`,
			);
			return 'utf-8';
		}
		return declared.encoding;
	}
	if (strictUtf8() !== null) return 'utf-8';

	const sniffed = sniffLegacyCharset(bytes);
	if (sniffed.kind === 'charset') {
		warnings.push(
			`The feed declares no charset and is not valid UTF-8; its bytes read as ${sniffed.encoding}.`,
		);
		return sniffed.encoding;
	}
	if (sniffed.kind === 'unknown-legacy') {
		throw new FeedError(
			'encoding',
			'The body is not valid UTF-8 and declares no charset; it looks like a legacy multi-byte or non-Latin encoding (such as Big5, GBK or Shift_JIS) that cannot be guessed safely. Declare the charset in the Content-Type header or the XML declaration.',
		);
	}
	return 'utf-8';
}

function encodingFromBom(bytes: Uint8Array): string | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	return null;
}

/** UTF-16 without a BOM, recognised by `<?` or `<` followed by NUL bytes (XML 1.0 appendix F). */
function bomlessUtf16(bytes: Uint8Array): string | null {
	if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] !== 0x00) return 'utf-16le';
	if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[3] !== 0x00) return 'utf-16be';
	return null;
}

interface Declared {
	encoding: string;
	label: string;
	where: string;
}

/** The encoding for a declared label, or null (with a warning) when it cannot be used. */
function usableLabel(
	label: string | null,
	where: string,
	bytes: Uint8Array,
	warnings: string[],
): Declared | null {
	if (label === null) return null;
	const encoding = encodingFor(label);
	if (encoding === null) {
		warnings.push(`Unknown charset "${label}" in the ${where}; ignored.`);
		return null;
	}
	// A UTF-16 label on a body without NUL bytes (its declaration was readable as ASCII) is false.
	if (encoding.startsWith('utf-16') && !bytes.subarray(0, 64).includes(0)) {
		warnings.push(`The ${where} says ${label} but the body is not UTF-16; ignored.`);
		return null;
	}
	return { encoding, label, where };
}

function decodeWith(bytes: Uint8Array, encoding: string, warnings: string[]): string {
	const strict = decodeStrict(bytes, encoding);
	if (strict !== null) return strict;
	const text = decoderFor(encoding).decode(bytes);
	const replaced = text.match(/\ufffd/gu)?.length ?? 0;
	warnings.push(
		`${replaced} invalid byte sequence${replaced === 1 ? '' : 's'} for ${encoding} replaced with U+FFFD.`,
	);
	return text;
}
