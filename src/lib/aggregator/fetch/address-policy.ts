/**
 * Which network addresses a feed may be fetched from. Only public unicast addresses: loopback,
 * private, link-local, unique-local, carrier-grade NAT, multicast, broadcast, unspecified and
 * reserved ranges are refused, in IPv4, IPv6, IPv4-mapped IPv6 and NAT64 (64:ff9b::/96) forms.
 * The check runs on every name lookup (so each redirect is checked too) and again on the address
 * a socket actually connected to, so a name that resolves differently the second time (DNS
 * rebinding) cannot reach a private network. `allowLoopback` is for tests only.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** What addresses a fetch may connect to. */
export interface AddressPolicy {
	/** Lets loopback addresses through, for tests that serve feeds on 127.0.0.1. Never in production. */
	allowLoopback: boolean;
}

/** The reason `address` may not be connected to, or null when it may. */
export function refusedAddress(address: string, policy: AddressPolicy): string | null {
	if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
	let parsed = ipaddr.process(address);
	if (parsed.kind() === 'ipv6' && parsed.range() === 'rfc6052') {
		// NAT64: the IPv4 address is the last 32 bits; judge that one.
		const bytes = parsed.toByteArray().slice(12);
		parsed = ipaddr.fromByteArray(bytes);
	}
	const range = parsed.range();
	if (range === 'unicast') return null;
	if (range === 'loopback' && policy.allowLoopback) return null;
	return `${address} is a ${range} address, which feeds may not be fetched from`;
}

type LookupCallback = (
	error: NodeJS.ErrnoException | null,
	address: string | LookupAddress[],
	family?: number,
) => void;

function refusal(hostname: string, reason: string): NodeJS.ErrnoException {
	const error: NodeJS.ErrnoException = new Error(`${hostname}: ${reason}`);
	error.code = 'EADDRREFUSED';
	return error;
}

/**
 * A `lookup` for node:net that resolves as usual and then refuses the name when any address it
 * resolved to is not allowed (a name pointing both ways is treated as hostile, not filtered).
 */
export function guardedLookup(policy: AddressPolicy) {
	return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
		dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
			if (error) return callback(error, []);
			for (const { address } of addresses) {
				const reason = refusedAddress(address, policy);
				if (reason !== null) return callback(refusal(hostname, reason), []);
			}
			if (options.all) return callback(null, addresses);
			const first = addresses[0];
			if (!first) return callback(refusal(hostname, 'no address'), []);
			callback(null, first.address, first.family);
		});
	};
}

/** The reason a URL's host, when it is an IP literal, may not be connected to; else null. */
export function refusedLiteral(url: URL, policy: AddressPolicy): string | null {
	const host = url.hostname.replace(/^\[|\]$/g, '');
	return isIP(host) === 0 ? null : refusedAddress(host, policy);
}
