/**
 * One HTTP GET over node:http(s), in two phases so the caller can look at the status and headers
 * before deciding to read: `openResponse` (connect and wait for headers, under one timeout) and
 * `readBody` (stream the body under its own timeout and a byte cap, decompressing as it goes).
 * Both resolve to values and never reject; an aborted signal destroys the socket at once.
 */
import {
	request as httpRequest,
	type ClientRequest,
	type IncomingMessage,
	type OutgoingHttpHeaders,
} from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Transform } from 'node:stream';
import {
	guardedLookup,
	refusedAddress,
	refusedLiteral,
	type AddressPolicy,
} from './address-policy.ts';
import { bodyEncoding, createDecoder } from './content-encoding.ts';
import type { FeedErrorCode } from '../types.ts';

/** A failed phase: a stable code, a message naming the URL, and whether trying again may help. */
export interface TransportFailure {
	ok: false;
	code: FeedErrorCode;
	message: string;
	retryable: boolean;
}

/** Response headers have arrived; the body is unread until `readBody` or `discard`. */
export interface OpenResponse {
	ok: true;
	response: IncomingMessage;
	/** Drops the connection without reading the rest of the response. */
	discard: () => void;
}

/** Error codes of a connection that broke in a way a second try may not repeat. */
const TRANSIENT = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'EAI_AGAIN', 'ETIMEDOUT']);

const DESCRIPTIONS: Record<string, string> = {
	ECONNREFUSED: 'connection refused',
	ECONNRESET: 'connection reset by the server',
	EPIPE: 'connection closed while sending the request',
	ENOTFOUND: 'host name not found (DNS)',
	EAI_AGAIN: 'DNS lookup failed temporarily',
	EHOSTUNREACH: 'host unreachable',
	ENETUNREACH: 'network unreachable',
};

function failure(code: FeedErrorCode, message: string, retryable = false): TransportFailure {
	return { ok: false, code, message, retryable };
}

/** A socket, DNS, TLS or protocol error as a 'network' failure. */
function networkFailure(url: URL, error: Error): TransportFailure {
	const errno = (error as NodeJS.ErrnoException).code ?? '';
	if (errno === 'EADDRREFUSED') return failure('address-refused', `${url.href}: ${error.message}`);
	const tls = /CERT|TLS|SSL/.test(errno);
	const what = DESCRIPTIONS[errno] ?? (tls ? `TLS error: ${error.message}` : error.message);
	const suffix = errno && !what.includes(errno) ? ` (${errno})` : '';
	return failure('network', `${url.href}: ${what}${suffix}`, TRANSIENT.has(errno));
}

/** An 'aborted' failure naming the signal's reason. */
export function abortFailure(url: URL, signal: AbortSignal): TransportFailure {
	const reason: unknown = signal.reason;
	const detail = reason instanceof Error ? reason.message : String(reason ?? 'no reason given');
	return failure('aborted', `${url.href}: aborted (${detail})`);
}

/**
 * Sends a GET and waits at most `timeoutMs` for the connection and the response headers. The
 * address is checked against `policy` before connecting (IP literal or every resolved address)
 * and again on the socket actually connected, before any of the response is used.
 */
export function openResponse(
	url: URL,
	headers: OutgoingHttpHeaders,
	timeoutMs: number,
	policy: AddressPolicy,
	signal?: AbortSignal,
): Promise<OpenResponse | TransportFailure> {
	if (signal?.aborted) return Promise.resolve(abortFailure(url, signal));
	const literal = refusedLiteral(url, policy);
	if (literal !== null)
		return Promise.resolve(failure('address-refused', `${url.href}: ${literal}`));
	return new Promise((resolve) => {
		let request: ClientRequest;
		try {
			const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
			// No keep-alive agent: each socket lives exactly as long as its request, so destroying
			// the request releases everything and nothing lingers after a run.
			request = send(url, { method: 'GET', headers, agent: false, lookup: guardedLookup(policy) });
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			resolve(failure('config', `${url.href}: the request could not be built: ${message}`));
			return;
		}
		let connected = false;
		let settled = false;
		const settle = (result: OpenResponse | TransportFailure): void => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			signal?.removeEventListener('abort', onAbort);
			if (!result.ok) request.destroy();
			resolve(result);
		};
		const onAbort = (): void => settle(abortFailure(url, signal as AbortSignal));
		const timer = setTimeout(() => {
			settle(
				connected
					? failure('timeout-headers', `${url.href}: no response headers within ${timeoutMs} ms`)
					: failure('timeout-connect', `${url.href}: could not connect within ${timeoutMs} ms`),
			);
		}, timeoutMs);
		signal?.addEventListener('abort', onAbort, { once: true });
		// Over TLS the handshake belongs to connecting: a server stuck in it has not answered yet.
		const ready = url.protocol === 'https:' ? 'secureConnect' : 'connect';
		const checkPeer = (): string | null => {
			const peer = request.socket?.remoteAddress;
			return peer === undefined ? 'the connected address is unknown' : refusedAddress(peer, policy);
		};
		request.on('socket', (socket) => {
			if (socket.connecting) {
				socket.once('connect', () => {
					const refused = checkPeer();
					if (refused !== null) settle(failure('address-refused', `${url.href}: ${refused}`));
				});
				socket.once(ready, () => (connected = true));
			} else connected = true;
		});
		// Stays attached after the response too: a late socket error must not go unhandled.
		request.on('error', (error) => settle(networkFailure(url, error)));
		request.on('response', (response) => {
			const refused = checkPeer();
			if (refused !== null) return settle(failure('address-refused', `${url.href}: ${refused}`));
			settle({ ok: true, response, discard: () => request.destroy() });
		});
		request.end();
	});
}

/** Limits on reading one body. */
export interface BodyLimits {
	/** From the response headers to the last byte. */
	timeoutMs: number;
	/** Cap on both the bytes received and the bytes after decompression. */
	maxBytes: number;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
	const body = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		body.set(chunk, offset);
		offset += chunk.length;
	}
	return body;
}

/** A reason not to read the body at all: an abort, an unknown coding or a declared size over the cap. */
function refuseBeforeReading(
	response: IncomingMessage,
	url: URL,
	maxBytes: number,
	signal?: AbortSignal,
): TransportFailure | null {
	if (signal?.aborted) return abortFailure(url, signal);
	const coding = response.headers['content-encoding'];
	if (bodyEncoding(coding) === null) {
		return failure('encoding', `${url.href}: unsupported Content-Encoding "${coding ?? ''}"`);
	}
	const declared = Number(response.headers['content-length']);
	if (declared > maxBytes) {
		const message = `${url.href}: Content-Length ${declared} exceeds the ${maxBytes}-byte cap; not downloaded`;
		return failure('too-large', message);
	}
	return null;
}

/**
 * Reads and decompresses the body of an open response, stopping (and closing the connection) as
 * soon as it exceeds `maxBytes`, runs past `timeoutMs`, breaks off or the signal aborts.
 */
export function readBody(
	open: OpenResponse,
	url: URL,
	limits: BodyLimits,
	signal?: AbortSignal,
): Promise<{ ok: true; body: Uint8Array } | TransportFailure> {
	const { response } = open;
	const { maxBytes, timeoutMs } = limits;
	const refused = refuseBeforeReading(response, url, maxBytes, signal);
	if (refused) {
		open.discard();
		return Promise.resolve(refused);
	}
	// refuseBeforeReading has turned away every coding bodyEncoding does not know.
	const encoding = bodyEncoding(response.headers['content-encoding']) ?? 'identity';
	return new Promise((resolve) => {
		const chunks: Uint8Array[] = [];
		let size = 0;
		let received = 0;
		let decoder: Transform | null = null;
		let settled = false;
		const settle = (result: { ok: true; body: Uint8Array } | TransportFailure): void => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			signal?.removeEventListener('abort', onAbort);
			if (!result.ok) {
				open.discard();
				decoder?.destroy();
			}
			resolve(result);
		};
		const tooLarge = (after: string): void =>
			settle(
				failure(
					'too-large',
					`${url.href}: body exceeded ${maxBytes} bytes${after}; stopped reading`,
				),
			);
		const accept = (chunk: Uint8Array): void => {
			if (settled) return;
			size += chunk.length;
			if (size > maxBytes) return tooLarge(encoding === 'identity' ? '' : ' after decompression');
			chunks.push(chunk);
		};
		const finish = (): void => settle({ ok: true, body: concat(chunks, size) });
		const onAbort = (): void => settle(abortFailure(url, signal as AbortSignal));
		const timer = setTimeout(() => {
			settle(failure('timeout-body', `${url.href}: body not complete within ${timeoutMs} ms`));
		}, timeoutMs);
		signal?.addEventListener('abort', onAbort, { once: true });

		response.on('data', (chunk: Buffer) => {
			if (settled) return;
			received += chunk.length;
			if (received > maxBytes) return tooLarge('');
			if (encoding === 'identity') return accept(chunk);
			if (decoder === null) {
				decoder = createDecoder(encoding, chunk);
				decoder.on('data', accept);
				decoder.on('end', finish);
				decoder.on('error', (error) => {
					const message = `${url.href}: ${encoding} body could not be decoded: ${error.message}`;
					settle(failure('encoding', message));
				});
			}
			decoder.write(chunk);
		});
		response.on('end', () => (decoder === null ? finish() : decoder.end()));
		const broken = `${url.href}: connection closed before the body was complete`;
		response.on('error', (error) => {
			const errno = (error as NodeJS.ErrnoException).code;
			settle(failure('network', errno ? `${broken} (${errno})` : broken, true));
		});
		response.on('close', () => {
			if (!response.complete) settle(failure('network', broken, true));
		});
	});
}
