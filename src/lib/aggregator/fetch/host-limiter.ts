/** Politeness towards servers: at most a few requests at a time to any one host. */

/** Runs `task` for `url` once its host has a free slot; resolves or rejects as the task does. */
export type HostLimiter = <T>(url: string, task: () => Promise<T>) => Promise<T>;

interface Host {
	active: number;
	waiting: (() => void)[];
}

/** The host name that shares a limit; an unparsable URL is its own key, so its task still runs. */
function hostKey(url: string): string {
	try {
		return new URL(url).hostname.toLowerCase();
	} catch {
		return url;
	}
}

/** A limiter letting at most `perHost` tasks run per host name; others queue in call order. */
export function createHostLimiter(perHost: number): HostLimiter {
	if (!Number.isInteger(perHost) || perHost < 1) {
		throw new RangeError(`perHost must be a positive integer, got ${perHost}`);
	}
	const hosts = new Map<string, Host>();
	const release = (key: string, host: Host): void => {
		const next = host.waiting.shift();
		// The slot passes straight to the next waiter, so `active` stays the same.
		if (next) return next();
		host.active -= 1;
		if (host.active === 0) hosts.delete(key);
	};
	return async <T>(url: string, task: () => Promise<T>): Promise<T> => {
		const key = hostKey(url);
		let host = hosts.get(key);
		if (!host) {
			host = { active: 0, waiting: [] };
			hosts.set(key, host);
		}
		if (host.active < perHost) host.active += 1;
		else await new Promise<void>((resolve) => host.waiting.push(resolve));
		try {
			return await task();
		} finally {
			release(key, host);
		}
	};
}
