/**
 * State of a filterable, sortable table, as plain data: read from and written to the URL query so
 * a filtered view can be shared, and applied to rows described by their data attributes. No DOM
 * here; the `<filter-table>` element wires it up.
 *
 * A table declares its filters (each a `<select name>` whose value must be one of the
 * space-separated tokens in the row's `data-<name>`) and its sort keys (each compared on the
 * row's `data-sort-<key>`, numerically when both values are numbers). `order` is the default sort:
 * the order the server rendered.
 */

/** Filters (by name) and sort; empty filter values mean "all". */
export interface TableState {
	filters: Record<string, string>;
	sort: string;
	dir: 'asc' | 'desc';
}

/** The filters and sort keys a table offers. */
export interface TableSpec {
	filters: readonly string[];
	sorts: readonly string[];
}

/** What a row exposes: its filter tokens and its sort values, by name. */
export interface RowData {
	filters: Record<string, string>;
	sorts: Record<string, string>;
}

export const DEFAULT_SORT = 'order';

/** The unfiltered, unsorted state for `spec`. */
export function defaultState(spec: TableSpec): TableState {
	return {
		filters: Object.fromEntries(spec.filters.map((f) => [f, ''])),
		sort: DEFAULT_SORT,
		dir: 'asc',
	};
}

/** State from a query string; unknown names and values fall back to the defaults. */
export function stateFromQuery(query: URLSearchParams, spec: TableSpec): TableState {
	const sort = query.get('sort') ?? DEFAULT_SORT;
	return {
		filters: Object.fromEntries(spec.filters.map((f) => [f, query.get(f) ?? ''])),
		sort: spec.sorts.includes(sort) || sort === DEFAULT_SORT ? sort : DEFAULT_SORT,
		dir: query.get('dir') === 'desc' ? 'desc' : 'asc',
	};
}

/**
 * Query string for a state, omitting defaults (`""` for the default view). Parameters of `current`
 * that are not the table's own (such as `asof`) are kept, first, as they were.
 */
export function queryFromState(state: TableState, current = ''): string {
	const query = new URLSearchParams(current);
	for (const name of [...Object.keys(state.filters), 'sort', 'dir']) query.delete(name);
	for (const [name, value] of Object.entries(state.filters)) if (value) query.set(name, value);
	if (state.sort !== DEFAULT_SORT) query.set('sort', state.sort);
	if (state.dir !== 'asc') query.set('dir', state.dir);
	const text = query.toString();
	return text ? `?${text}` : '';
}

/** Whether a row passes every filter. */
export function rowMatches(row: RowData, state: TableState): boolean {
	return Object.entries(state.filters).every(
		([name, value]) => !value || (row.filters[name] ?? '').split(' ').includes(value),
	);
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** Comparator for the state's sort; ties keep the server's order (`data-sort-order`). */
export function compareRows(state: TableState): (a: RowData, b: RowData) => number {
	const sign = state.dir === 'desc' ? -1 : 1;
	const order = (row: RowData) => Number(row.sorts[DEFAULT_SORT] ?? 0);
	return (a, b) => {
		const x = a.sorts[state.sort] ?? '';
		const y = b.sorts[state.sort] ?? '';
		const primary =
			NUMBER.test(x) && NUMBER.test(y)
				? Number(x) - Number(y)
				: x.localeCompare(y, 'en', { sensitivity: 'base' });
		return Math.sign(primary) * sign || order(a) - order(b);
	};
}

/** "Showing 3 of 11 requirements." */
export function countMessage(shown: number, total: number, noun: string): string {
	return shown === total
		? `Showing all ${total} ${noun}.`
		: `Showing ${shown} of ${total} ${noun}.`;
}
