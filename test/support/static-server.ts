/**
 * A minimal static file server for dist/, on 127.0.0.1 and an ephemeral port. Serves
 * `dir/index.html` for directory paths and `404.html` with status 404 for anything missing, like
 * the static hosts the site is deployed to.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.ics': 'text/calendar; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
};

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
	const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
	let file = join(root, clean);
	if (!file.startsWith(root)) return null;
	try {
		if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
		await stat(file);
		return file;
	} catch {
		return null;
	}
}

/**
 * Starts serving `root`; resolves with the server and its base URL (ending in `/`). `extra` maps
 * URL paths to files outside `root` (test helpers such as axe-core), served with long caching so
 * the browser compiles them once.
 */
export async function serveStatic(
	root: string,
	extra: Record<string, string> = {},
): Promise<{ server: Server; url: string }> {
	const server = createServer(async (req, res) => {
		// A request target is a path: `//x` is read as a path too, not as a host to resolve against.
		const path = URL.parse(`http://127.0.0.1${req.url ?? '/'}`)?.pathname ?? '/';
		const helper = extra[path];
		if (helper) {
			res.writeHead(200, {
				'Content-Type': TYPES[extname(helper)] ?? 'application/octet-stream',
				'Cache-Control': 'public, max-age=3600',
			});
			res.end(await readFile(helper));
			return;
		}
		const file = await resolveFile(root, path);
		const status = file ? 200 : 404;
		const target = file ?? join(root, '404.html');
		try {
			const body = await readFile(target);
			const type = TYPES[extname(target)] ?? 'application/octet-stream';
			const gzip =
				/^(text\/|application\/(json|xml)|image\/svg)/.test(type) &&
				/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
			res.writeHead(status, {
				'Content-Type': type,
				Vary: 'Accept-Encoding',
				...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
			});
			res.end(gzip ? gzipSync(body) : body);
		} catch {
			res.writeHead(404, { 'Content-Type': 'text/plain' });
			res.end('Not found');
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('Server has no TCP address');
	return { server, url: `http://127.0.0.1:${address.port}/` };
}
