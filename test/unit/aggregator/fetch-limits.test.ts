import type { ServerResponse } from 'node:http';
import { createServer, type Socket } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../../src/lib/aggregator/fetch/fetch.ts';
import { deferred, startFeedServer, type FeedServer } from '../../support/feed-server.ts';
import { RSS, testOptions, text } from './fetch-fixture.ts';

let server: FeedServer;
beforeAll(async () => {
	server = await startFeedServer();
});
afterAll(() => server.close());

const MAX = 64 * 1024;

const CHUNK = Buffer.alloc(64 * 1024, 0x78);

/** Writes `total` bytes in 64 KiB chunks, honouring backpressure; resolves whether all were sent. */
function stream(res: ServerResponse, total: number): Promise<{ finished: boolean }> {
	return new Promise((resolve) => {
		let sent = 0;
		res.on('close', () => resolve({ finished: sent >= total && res.writableFinished }));
		const pump = (): void => {
			while (sent < total && !res.destroyed) {
				const chunk = CHUNK.subarray(0, Math.min(CHUNK.length, total - sent));
				sent += chunk.length;
				if (sent >= total) res.end(chunk);
				else if (!res.write(chunk)) return void res.once('drain', pump);
			}
		};
		pump();
	});
}

describe('fetchFeed() timeouts', () => {
	it('fails with timeout-headers when the response headers never come', async () => {
		server.route('/silent', () => {});
		const url = server.url('/silent');
		const result = await fetchFeed(url, {}, testOptions({ connectTimeoutMs: 200 }).options);
		expect(result).toEqual({
			status: 'failed',
			code: 'timeout-headers',
			message: `${url}: no response headers within 200 ms`,
			attempts: 1,
		});
	});

	it('fails with timeout-connect when the TLS handshake never completes', async () => {
		// A plain TCP listener accepts the connection but never answers the TLS ClientHello.
		const sockets: Socket[] = [];
		const mute = createServer((socket) => void sockets.push(socket));
		await new Promise<void>((resolve) => mute.listen(0, '127.0.0.1', resolve));
		const address = mute.address();
		const url = `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/feed.xml`;
		const result = await fetchFeed(url, {}, testOptions({ connectTimeoutMs: 200 }).options);
		for (const socket of sockets) socket.destroy();
		await new Promise((resolve) => mute.close(resolve));
		expect(result).toEqual({
			status: 'failed',
			code: 'timeout-connect',
			message: `${url}: could not connect within 200 ms`,
			attempts: 1,
		});
	});

	it('fails with timeout-body when the body trickles past the body timeout', async () => {
		server.route('/trickle', (_req, res) => {
			res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
			const timer = setInterval(() => res.write('<!-- -->'), 30);
			res.on('close', () => clearInterval(timer));
		});
		const url = server.url('/trickle');
		const result = await fetchFeed(url, {}, testOptions({ bodyTimeoutMs: 250 }).options);
		expect(result).toEqual({
			status: 'failed',
			code: 'timeout-body',
			message: `${url}: body not complete within 250 ms`,
			attempts: 1,
		});
	});
});

describe('fetchFeed() size cap', () => {
	it('stops reading an oversized body and closes the connection before the server finishes', async () => {
		const sending = deferred<Promise<{ finished: boolean }>>();
		server.route('/huge', (_req, res) => {
			res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
			// Far more than loopback socket buffers hold, so only a client that reads on can let it finish.
			sending.resolve(stream(res, 256 * 1024 * 1024));
		});
		const url = server.url('/huge');
		const result = await fetchFeed(url, {}, testOptions({ maxBytes: MAX }).options);
		expect(result).toEqual({
			status: 'failed',
			code: 'too-large',
			message: `${url}: body exceeded ${MAX} bytes; stopped reading`,
			attempts: 1,
		});
		expect(await await sending.promise).toEqual({ finished: false });
	});

	it('refuses a declared Content-Length over the cap without reading', async () => {
		server.route('/declared', (_req, res) => {
			res.writeHead(200, { 'Content-Length': String(MAX + 1) });
			res.end('x'.repeat(MAX + 1));
		});
		const url = server.url('/declared');
		const result = await fetchFeed(url, {}, testOptions({ maxBytes: MAX }).options);
		expect(result).toMatchObject({ status: 'failed', code: 'too-large' });
		expect(result.status === 'failed' && result.message).toBe(
			`${url}: Content-Length ${MAX + 1} exceeds the ${MAX}-byte cap; not downloaded`,
		);
	});

	it('accepts a body of exactly maxBytes', async () => {
		server.route('/exact', (_req, res) => res.end('x'.repeat(MAX)));
		const result = await fetchFeed(
			server.url('/exact'),
			{},
			testOptions({ maxBytes: MAX }).options,
		);
		expect(result.status === 'ok' && result.body.length).toBe(MAX);
	});
});

describe('fetchFeed() decompression', () => {
	it.each([
		['gzip', 'gzip', gzipSync],
		['x-gzip', 'gzip', gzipSync],
		['deflate', 'zlib-wrapped', deflateSync],
		['deflate', 'raw, as many servers send it', deflateRawSync],
		['br', 'brotli', brotliCompressSync],
	])('decodes a body sent with Content-Encoding %s (%s)', async (encoding, _form, compress) => {
		const path = `/coded-${encoding}-${compress.name}`;
		server.route(path, (_req, res) => {
			res.writeHead(200, { 'Content-Encoding': encoding, 'Content-Type': 'application/rss+xml' });
			res.end(compress(Buffer.from(RSS)));
		});
		const result = await fetchFeed(server.url(path), {}, testOptions().options);
		expect(result).toMatchObject({ status: 'ok', attempts: 1 });
		expect(text(result)).toBe(RSS);
	});

	it('stops a gzip bomb at the cap on decompressed bytes', async () => {
		const bomb = gzipSync(Buffer.alloc(100 * MAX, 0x20));
		expect(bomb.length).toBeLessThan(MAX);
		server.route('/bomb', (_req, res) => {
			res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Length': bomb.length });
			res.end(bomb);
		});
		const url = server.url('/bomb');
		const result = await fetchFeed(url, {}, testOptions({ maxBytes: MAX }).options);
		expect(result).toEqual({
			status: 'failed',
			code: 'too-large',
			message: `${url}: body exceeded ${MAX} bytes after decompression; stopped reading`,
			attempts: 1,
		});
	});

	it('fails with encoding when a gzip body is not gzip', async () => {
		server.route('/fake-gzip', (_req, res) =>
			res.writeHead(200, { 'Content-Encoding': 'gzip' }).end(RSS),
		);
		const result = await fetchFeed(server.url('/fake-gzip'), {}, testOptions().options);
		expect(result).toMatchObject({ status: 'failed', code: 'encoding', attempts: 1 });
		expect(result.status === 'failed' && result.message).toMatch(/gzip body could not be decoded/);
	});

	it('fails with encoding on a coding it did not ask for', async () => {
		server.route('/zstd', (_req, res) =>
			res.writeHead(200, { 'Content-Encoding': 'zstd' }).end(RSS),
		);
		const url = server.url('/zstd');
		const result = await fetchFeed(url, {}, testOptions().options);
		expect(result).toMatchObject({
			status: 'failed',
			code: 'encoding',
			message: `${url}: unsupported Content-Encoding "zstd"`,
		});
	});
});
