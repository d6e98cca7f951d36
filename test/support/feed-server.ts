/**
 * A loopback HTTP server for feed-fetching tests, on 127.0.0.1 and an ephemeral port. Tests add
 * routes by path; the server records every request and, per Host name, the peak number of
 * requests in flight at once.
 */
import {
	createServer,
	type IncomingHttpHeaders,
	type IncomingMessage,
	type ServerResponse,
} from 'node:http';

/** Serves one route; `hit` counts the requests to this path so far, from 1. */
type Handler = (req: IncomingMessage, res: ServerResponse, hit: number) => unknown;

/** A request as the server received it. */
interface RecordedRequest {
	path: string;
	/** Host name from the Host header, without the port. */
	host: string;
	headers: IncomingHttpHeaders;
}

/** A running test server. */
export interface FeedServer {
	port: number;
	/** `http://<host>:<port><path>`; host defaults to 127.0.0.1. */
	url: (path: string, host?: string) => string;
	/** Adds or replaces the handler for `path` (query strings are ignored when matching). */
	route: (path: string, handler: Handler) => void;
	requests: RecordedRequest[];
	/** Peak concurrent requests seen, per Host name. */
	peak: Map<string, number>;
	/** Peak concurrent requests seen over all hosts. */
	peakTotal: () => number;
	close: () => Promise<void>;
}

/** Starts a server; unknown paths answer 404. */
export async function startFeedServer(): Promise<FeedServer> {
	const routes = new Map<string, Handler>();
	const hits = new Map<string, number>();
	const active = new Map<string, number>();
	const peak = new Map<string, number>();
	const requests: RecordedRequest[] = [];
	let total = 0;
	let peakTotal = 0;

	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
		const host = (req.headers.host ?? '').replace(/:\d+$/, '');
		requests.push({ path, host, headers: req.headers });
		const now = (active.get(host) ?? 0) + 1;
		active.set(host, now);
		peak.set(host, Math.max(peak.get(host) ?? 0, now));
		total += 1;
		peakTotal = Math.max(peakTotal, total);
		res.on('close', () => {
			active.set(host, (active.get(host) ?? 1) - 1);
			total -= 1;
		});
		const hit = (hits.get(path) ?? 0) + 1;
		hits.set(path, hit);
		const handler = routes.get(path);
		if (!handler) {
			res.writeHead(404, { 'Content-Type': 'text/plain' }).end('no such route');
			return;
		}
		void handler(req, res, hit);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('Server has no TCP address');
	const { port } = address;
	return {
		port,
		url: (path, host = '127.0.0.1') => `http://${host}:${port}${path}`,
		route: (path, handler) => void routes.set(path, handler),
		requests,
		peak,
		peakTotal: () => peakTotal,
		close: () => {
			server.closeAllConnections();
			return new Promise((resolve) => server.close(() => resolve()));
		},
	};
}

/** A promise with its resolve function, for handlers that wait on the test or vice versa. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
	let resolve: (value: T) => void = () => {};
	const promise = new Promise<T>((done) => (resolve = done));
	return { promise, resolve };
}
