/** A fixed-size pool for running many feeds at once without running all of them at once. */

/**
 * Calls `fn` on every item with at most `limit` calls in flight; resolves with the results in
 * item order, or rejects with the first error (no new calls start after it).
 */
export async function mapWithConcurrency<T, R>(
	items: readonly T[],
	limit: number,
	fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
	if (!Number.isInteger(limit) || limit < 1) {
		throw new RangeError(`limit must be a positive integer, got ${limit}`);
	}
	const results = new Array<R>(items.length);
	let next = 0;
	let failed = false;
	const worker = async (): Promise<void> => {
		while (!failed && next < items.length) {
			const index = next;
			next += 1;
			try {
				results[index] = await fn(items[index] as T, index);
			} catch (error) {
				failed = true;
				throw error;
			}
		}
	};
	const workers = Array.from({ length: Math.min(limit, items.length) }, worker);
	await Promise.all(workers);
	return results;
}
