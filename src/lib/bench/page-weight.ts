/**
 * Page weight: the bytes a page costs, split into its HTML and the CSS and JavaScript files it
 * links, each raw and gzipped. Pure apart from the `read` callback, so it is tested on strings.
 */
import { gzipSync } from 'node:zlib';

/** Raw and gzip-compressed byte counts. */
export interface Bytes {
	raw: number;
	gzip: number;
}

/** What one page weighs. */
export interface PageWeight {
	path: string;
	html: Bytes;
	css: Bytes;
	js: Bytes;
}

/** Byte counts of `content`. */
export function bytesOf(content: string | Uint8Array): Bytes {
	const buffer = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
	return { raw: buffer.byteLength, gzip: gzipSync(buffer, { level: 9 }).byteLength };
}

/** Site-relative URLs of stylesheets and scripts linked from `html`, in document order. */
export function linkedAssets(html: string): { css: string[]; js: string[] } {
	const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
		(m) => m[1]!,
	);
	const js = [...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
	return { css, js };
}

const sum = (list: Bytes[]): Bytes =>
	list.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

/**
 * Weight of the page at `path` whose HTML is `html`; `read(url)` returns a linked asset's bytes.
 * Inline `<style>` and `<script>` count as part of the HTML.
 */
export function pageWeight(
	path: string,
	html: string,
	read: (url: string) => Uint8Array,
): PageWeight {
	const assets = linkedAssets(html);
	return {
		path,
		html: bytesOf(html),
		css: sum(assets.css.map((url) => bytesOf(read(url)))),
		js: sum(assets.js.map((url) => bytesOf(read(url)))),
	};
}
