/**
 * Preloaded (`node --import`) into a process that must not use the network: every connection or
 * name lookup to anything but loopback is refused and written, one line each, to the file named
 * by `NETWORK_LOG`. Tests read that file to prove a command is hermetic.
 */
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import net from 'node:net';

const LOG = process.env['NETWORK_LOG'];

function isLoopback(host: string): boolean {
	return host === 'localhost' || host === '::1' || /^127\./.test(host) || host === '';
}

function refuse(what: string): Error {
	if (LOG) appendFileSync(LOG, `${what}\n`);
	return Object.assign(new Error(`network use refused in a hermetic run: ${what}`), {
		code: 'ENETUNREACH',
	});
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
	const first = args[0];
	const options =
		typeof first === 'object' && first !== null
			? (first as { host?: string; port?: number; path?: string })
			: { port: Number(first), host: typeof args[1] === 'string' ? args[1] : 'localhost' };
	if (options.path === undefined && !isLoopback(options.host ?? 'localhost')) {
		const error = refuse(`connect ${options.host}:${options.port}`);
		process.nextTick(() => this.destroy(error));
		return this;
	}
	return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof connect;

const lookup = dns.lookup;
dns.lookup = function (hostname: string, ...rest: unknown[]) {
	const callback = rest.at(-1) as (error: Error | null) => void;
	if (!isLoopback(hostname)) {
		const error = refuse(`lookup ${hostname}`);
		process.nextTick(() => callback(error));
		return;
	}
	return (lookup as (...a: unknown[]) => void).call(dns, hostname, ...rest);
} as typeof dns.lookup;

const lookupPromise = dns.promises.lookup;
dns.promises.lookup = async function (hostname: string, ...rest: unknown[]) {
	if (!isLoopback(hostname)) throw refuse(`lookup ${hostname}`);
	return (lookupPromise as (...a: unknown[]) => Promise<unknown>).call(
		dns.promises,
		hostname,
		...rest,
	);
} as typeof dns.promises.lookup;
