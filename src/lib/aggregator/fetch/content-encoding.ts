/** Content-Encoding: which codings the fetcher accepts and the streams that undo them. */
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';

/** The codings sent in Accept-Encoding, in preference order. */
export const ACCEPTED_ENCODINGS = 'gzip, deflate, br';

/** A body coding the fetcher can undo; 'identity' means the bytes are sent as they are. */
export type BodyEncoding = 'identity' | 'gzip' | 'deflate' | 'br';

const ALIASES: Record<string, BodyEncoding> = {
	'': 'identity',
	identity: 'identity',
	gzip: 'gzip',
	'x-gzip': 'gzip',
	deflate: 'deflate',
	br: 'br',
};

/** The coding named by a Content-Encoding header (absent means identity); null when unsupported. */
export function bodyEncoding(header: string | undefined): BodyEncoding | null {
	return ALIASES[(header ?? '').trim().toLowerCase()] ?? null;
}

/** True when `chunk` starts with a zlib header (RFC 1950) rather than raw deflate data. */
function hasZlibHeader(chunk: Uint8Array): boolean {
	const [cmf, flg] = chunk;
	if (cmf === undefined || (cmf & 0x0f) !== 8 || cmf >> 4 > 7) return false;
	return flg === undefined || ((cmf << 8) | flg) % 31 === 0;
}

/**
 * A stream that decodes `encoding` (not 'identity'). For deflate it looks at the first chunk,
 * because many servers send raw deflate where the standard says zlib-wrapped.
 */
export function createDecoder(
	encoding: Exclude<BodyEncoding, 'identity'>,
	first: Uint8Array,
): Transform {
	if (encoding === 'gzip') return createGunzip();
	if (encoding === 'br') return createBrotliDecompress();
	return hasZlibHeader(first) ? createInflate() : createInflateRaw();
}
