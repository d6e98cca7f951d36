/**
 * The public origin a build writes into every canonical link, feed, calendar and sitemap. A
 * production build must be given a real one in `SITE_URL`; a local preview (`npm start`,
 * `npm run dev`, the tests' builds: `SITE_PREVIEW=1`) uses http://localhost:4321 and says so.
 * Pure: the environment is a parameter.
 */
import { isIP } from 'node:net';

/** The origin a local preview uses. */
export const PREVIEW_ORIGIN = 'http://localhost:4321';

/** A `SITE_URL` a production build must not use; the message names the variable and the fix. */
export class SiteUrlError extends Error {
	override name = 'SiteUrlError';
}

export interface SiteUrlEnv {
	SITE_URL?: string | undefined;
	/** `1` for a local preview build: the preview origin, never deployed. */
	SITE_PREVIEW?: string | undefined;
	/** `1` lets tests build with a reserved example domain (example.org and the like). */
	ALLOW_TEST_SITE_URL?: string | undefined;
}

const USAGE =
	'Set SITE_URL to the public origin, e.g. SITE_URL=https://tracker.yourdomain.org npm run build; ' +
	'for a local preview run npm start instead.';

/** True for loopback, private, link-local, unique-local and unspecified addresses. */
function isLocalAddress(host: string): boolean {
	const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
	if (isIP(bare) === 4) {
		const [a = 0, b = 0] = bare.split('.').map(Number);
		return (
			a === 0 ||
			a === 10 ||
			a === 127 ||
			(a === 169 && b === 254) ||
			(a === 172 && b >= 16 && b <= 31) ||
			(a === 192 && b === 168) ||
			(a === 100 && b >= 64 && b <= 127)
		);
	}
	if (isIP(bare) === 6) {
		if (bare === '::' || bare === '::1') return true;
		if (/^f[cd]/.test(bare) || /^fe[89ab]/.test(bare)) return true;
		// IPv4-mapped, as written (::ffff:10.0.0.1) or as URL normalizes it (::ffff:a00:1).
		const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
		if (dotted) return isLocalAddress(dotted[1]!);
		const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(bare);
		if (!hex) return false;
		const [high, low] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
		return isLocalAddress([high >> 8, high & 255, low >> 8, low & 255].join('.'));
	}
	return false;
}

/** Hosts reserved for documentation and tests (RFC 2606, RFC 6761). */
function isReservedName(host: string): boolean {
	return /(^|\.)example\.(com|org|net)$|\.(example|test|invalid)$|^(example|test|invalid)$/i.test(
		host,
	);
}

/** The origin to build with, from the environment; throws `SiteUrlError` when it cannot be deployed. */
export function siteOrigin(env: SiteUrlEnv): { origin: string; preview: boolean } {
	if (env.SITE_PREVIEW === '1') return { origin: env.SITE_URL || PREVIEW_ORIGIN, preview: true };
	const raw = env.SITE_URL?.trim();
	if (!raw) throw new SiteUrlError(`SITE_URL is not set. ${USAGE}`);
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new SiteUrlError(`SITE_URL "${raw}" is not a URL. ${USAGE}`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new SiteUrlError(`SITE_URL "${raw}" must be an http(s) origin. ${USAGE}`);
	}
	const host = url.hostname;
	if (host === 'localhost' || host.endsWith('.localhost') || isLocalAddress(host)) {
		throw new SiteUrlError(
			`SITE_URL "${raw}" points to this machine or a private network. ${USAGE}`,
		);
	}
	if (isReservedName(host) && env.ALLOW_TEST_SITE_URL !== '1') {
		throw new SiteUrlError(`SITE_URL "${raw}" is a reserved example domain. ${USAGE}`);
	}
	return { origin: url.origin, preview: false };
}
