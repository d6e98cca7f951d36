/**
 * Page weight: the bytes a page costs, split into its HTML, the CSS it links, the JavaScript that
 * loads with it (entry modules and their static imports) and the JavaScript it fetches on demand
 * (dynamic imports), each raw and gzipped. Pure apart from the `read` callback, so it is tested on
 * strings.
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
	lazyJs: Bytes;
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

/** Chunks a built module imports by relative URL: statically, and on demand with `import()`. */
export function moduleImports(code: string): { static: string[]; dynamic: string[] } {
	const dynamic = [...code.matchAll(/\bimport\s*\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g)].map(
		(m) => m[1]!,
	);
	const all = [...code.matchAll(/\b(?:from|import)\s*\(?\s*["'`](\.\/[^"'`]+\.js)["'`]/g)].map(
		(m) => m[1]!,
	);
	return { static: all.filter((url) => !dynamic.includes(url)), dynamic };
}

/**
 * Every module reachable from `entries` (site-relative URLs): `eager` through static imports,
 * `lazy` only through a dynamic import somewhere on the way. Both lists are sorted.
 */
export function moduleGraph(
	entries: readonly string[],
	readText: (url: string) => string,
): { eager: string[]; lazy: string[] } {
	const eager = new Set<string>();
	const lazy = new Set<string>();
	const visit = (url: string, onDemand: boolean) => {
		if (eager.has(url) || (onDemand && lazy.has(url))) return;
		if (onDemand) lazy.add(url);
		else {
			lazy.delete(url);
			eager.add(url);
		}
		const imports = moduleImports(readText(url));
		const resolve = (rel: string) => new URL(rel, `http://site${url}`).pathname;
		for (const rel of imports.static) visit(resolve(rel), onDemand);
		for (const rel of imports.dynamic) visit(resolve(rel), true);
	};
	for (const entry of entries) visit(entry, false);
	return { eager: [...eager].sort(), lazy: [...lazy].sort() };
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
	const graph = moduleGraph(assets.js, (url) => Buffer.from(read(url)).toString('utf8'));
	return {
		path,
		html: bytesOf(html),
		css: sum(assets.css.map((url) => bytesOf(read(url)))),
		js: sum(graph.eager.map((url) => bytesOf(read(url)))),
		lazyJs: sum(graph.lazy.map((url) => bytesOf(read(url)))),
	};
}
