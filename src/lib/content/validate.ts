/**
 * The one validation path for data files (the content collections' JSON, the news store, the feed
 * state, the feed list and the relevance rules) and the one error format for every problem found
 * in content, whether by a schema here or by the cross-reference checks of `integrity.ts`: one
 * line per problem, naming the file, the entry, the field path and what is wrong. Every problem
 * of a file is listed, not only the first, so one edit-and-rebuild fixes them all.
 */
import type { z } from 'astro/zod';

/** One thing wrong with the content. */
export interface Problem {
	/** File the entry was loaded from (or the collection name when unknown). */
	file: string;
	/** Entry id; absent for a problem with the file as a whole. */
	entry?: string | undefined;
	/** Position of the entry in its file's array, when the file holds many. */
	index?: number | undefined;
	/** Field path within the entry, e.g. `evidence[1].sources[0]`; absent for the whole entry. */
	field?: string | undefined;
	/** The offending value, when quoting it helps. */
	value?: string | undefined;
	/** What is wrong, e.g. `unknown agency`. */
	message: string;
}

/** `file (entry [2] "id"), field "path": message "value"`, the parts that are known. */
export function formatProblem(p: Problem): string {
	const at = [
		p.index === undefined ? '' : `[${p.index}]`,
		p.entry === undefined ? '' : `"${p.entry}"`,
	]
		.filter(Boolean)
		.join(' ');
	const where = `${p.file}${at ? ` (entry ${at})` : ''}${p.field ? `, field "${p.field}"` : ''}`;
	return `${where}: ${p.message}${p.value === undefined ? '' : ` "${p.value}"`}`;
}

/** Every problem, one per line under a count. */
export function formatProblems(heading: string, problems: readonly Problem[]): string {
	const noun = problems.length === 1 ? 'problem' : 'problems';
	const lines = problems.map((p) => `  ${formatProblem(p)}`);
	return `${heading} (${problems.length} ${noun}):\n${lines.join('\n')}`;
}

/** Thrown for a data file that cannot be read or validated; the message lists every problem. */
export class ContentFileError extends Error {
	override name = 'ContentFileError';
	readonly problems: readonly Problem[];
	constructor(problems: readonly Problem[], options?: ErrorOptions) {
		super(formatProblems('Invalid data', problems), options);
		this.problems = problems;
	}
}

/** A zod issue path written as the content's authors would: `matches[0].rule`. */
function pathText(path: ReadonlyArray<PropertyKey>): string {
	return path
		.map((key, index) =>
			typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`,
		)
		.join('');
}

/** The JSON array in `text` (the contents of `file`). Throws `ContentFileError`. */
export function parseJsonArray(text: string, file: string): unknown[] {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new ContentFileError([{ file, message: `not valid JSON (${reason})` }]);
	}
	if (!Array.isArray(data)) {
		throw new ContentFileError([{ file, message: 'must be a JSON array of entries' }]);
	}
	return data;
}

/** What `schema` finds wrong with `entry`, located at `at`. */
function schemaProblems<T>(
	entry: unknown,
	schema: z.ZodType<T>,
	at: Omit<Problem, 'message'>,
): { data: T; problems: [] } | { data?: undefined; problems: Problem[] } {
	const result = schema.safeParse(entry);
	if (result.success) return { data: result.data, problems: [] };
	return {
		problems: result.error.issues.map((issue) => ({
			...at,
			field: issue.path.length > 0 ? pathText(issue.path) : undefined,
			message: issue.message,
		})),
	};
}

/**
 * `entries` (the array of `file`) validated with `schema`, keys in schema order. Each entry must
 * carry a unique string `id`. Throws one `ContentFileError` listing every problem of every entry.
 */
export function validateEntries<T>(
	entries: readonly unknown[],
	schema: z.ZodType<T>,
	file: string,
): T[] {
	const problems: Problem[] = [];
	const parsed: T[] = [];
	const seen = new Map<string, number>();
	entries.forEach((entry, index) => {
		const raw = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : null;
		const id = typeof raw === 'string' && raw !== '' ? raw : undefined;
		const at = { file, index, entry: id };
		if (id === undefined) {
			problems.push({ ...at, field: 'id', message: 'is missing or not a string' });
		} else if (seen.has(id)) {
			problems.push({ ...at, field: 'id', message: `duplicates entry [${seen.get(id)}]` });
		} else seen.set(id, index);
		const result = schemaProblems(entry, schema, at);
		if (result.data !== undefined) parsed.push(result.data);
		problems.push(...result.problems.filter((p) => !(p.field === 'id' && id === undefined)));
	});
	if (problems.length > 0) throw new ContentFileError(problems);
	return parsed;
}

/**
 * One entry that is a whole file (its id is the file's name), validated with `schema`. Throws
 * `ContentFileError` listing every problem.
 */
export function validateEntry<T>(
	entry: unknown,
	schema: z.ZodType<T>,
	file: string,
	id: string,
): T {
	const result = schemaProblems(entry, schema, { file, entry: id });
	if (result.data === undefined) throw new ContentFileError(result.problems);
	return result.data;
}
