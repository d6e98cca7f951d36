/**
 * Parser for the data files loaded with Astro's `file()` loader: a JSON array of objects, each
 * with a unique string `id`. Astro's own parser would keep the last of two entries that share an
 * id; this one refuses the file instead, naming it, the entry and the id.
 */

/** Thrown for a data file that cannot be loaded; the message names the file and the problem. */
export class ContentFileError extends Error {
	override name = 'ContentFileError';
}

/** Parses `text` (the contents of `file`) into its entries. Throws `ContentFileError`. */
export function parseJsonArray(text: string, file: string): Array<Record<string, unknown>> {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new ContentFileError(`${file}: not valid JSON (${reason})`);
	}
	if (!Array.isArray(data)) {
		throw new ContentFileError(`${file}: must be a JSON array of entries`);
	}
	const seen = new Map<string, number>();
	return data.map((entry: unknown, index) => {
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
			throw new ContentFileError(`${file}: entry [${index}] must be an object`);
		}
		const record = entry as Record<string, unknown>;
		const id = record['id'];
		if (typeof id !== 'string' || id === '') {
			throw new ContentFileError(`${file}: entry [${index}] field "id" is missing or not a string`);
		}
		const first = seen.get(id);
		if (first !== undefined) {
			throw new ContentFileError(
				`${file}: entry [${index}] field "id" duplicates "${id}" (first used by entry [${first}])`,
			);
		}
		seen.set(id, index);
		return record;
	});
}

/** Minimal view of a zod schema: what `validateEntries` needs of it. */
interface EntrySchema<T> {
	safeParse(value: unknown):
		| { success: true; data: T }
		| {
				success: false;
				error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> };
		  };
}

/**
 * `entries` (from `parseJsonArray`) validated with `schema`. Throws `ContentFileError` naming the
 * file, the entry and the field of the first problem.
 */
export function validateEntries<T>(
	entries: ReadonlyArray<Record<string, unknown>>,
	schema: EntrySchema<T>,
	file: string,
): T[] {
	return entries.map((entry, index) => {
		const parsed = schema.safeParse(entry);
		if (parsed.success) return parsed.data;
		const issue = parsed.error.issues[0]!;
		throw new ContentFileError(
			`${file}: entry [${index}] field "${issue.path.map(String).join('.')}": ${issue.message}`,
		);
	});
}
