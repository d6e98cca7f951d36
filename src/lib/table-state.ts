/**
 * State of the milestones table's filters and sort, as plain data: read from and written to the
 * URL query so a filtered view can be shared, and applied to rows described by their data
 * attributes. No DOM here; the custom element wires it up.
 */

/** Sortable columns. */
export const SORT_KEYS = ['order', 'title', 'due', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Filters and sort; empty strings mean "all". */
export interface TableState {
	status: string;
	agency: string;
	section: string;
	sort: SortKey;
	dir: 'asc' | 'desc';
}

/** What a row exposes for filtering and sorting (its `data-*` attributes). */
export interface RowData {
	status: string;
	agencies: string;
	section: string;
	order: string;
	title: string;
	due: string;
	rank: string;
}

export const DEFAULT_STATE: TableState = {
	status: '',
	agency: '',
	section: '',
	sort: 'order',
	dir: 'asc',
};

const isSortKey = (v: string | null): v is SortKey => SORT_KEYS.includes(v as SortKey);

/** State from a query string; unknown values fall back to the defaults. */
export function stateFromQuery(query: URLSearchParams): TableState {
	const sort = query.get('sort');
	return {
		status: query.get('status') ?? '',
		agency: query.get('agency') ?? '',
		section: query.get('section') ?? '',
		sort: isSortKey(sort) ? sort : 'order',
		dir: query.get('dir') === 'desc' ? 'desc' : 'asc',
	};
}

/** Query string for a state, omitting defaults (`""` for the default view). */
export function queryFromState(state: TableState): string {
	const query = new URLSearchParams();
	for (const key of ['status', 'agency', 'section'] as const)
		if (state[key]) query.set(key, state[key]);
	if (state.sort !== 'order') query.set('sort', state.sort);
	if (state.dir !== 'asc') query.set('dir', state.dir);
	const text = query.toString();
	return text ? `?${text}` : '';
}

/** Whether a row passes the filters. */
export function rowMatches(row: RowData, state: TableState): boolean {
	return (
		(!state.status || row.status === state.status) &&
		(!state.agency || row.agencies.split(' ').includes(state.agency)) &&
		(!state.section || row.section === state.section)
	);
}

/** Comparator for the state's sort; ties keep the order of the text. */
export function compareRows(state: TableState): (a: RowData, b: RowData) => number {
	const key = (row: RowData): string | number => {
		switch (state.sort) {
			case 'title':
				return row.title.toLowerCase();
			case 'due':
				return row.due;
			case 'status':
				return Number(row.rank);
			case 'order':
				return Number(row.order);
		}
	};
	const sign = state.dir === 'desc' ? -1 : 1;
	return (a, b) => {
		const [x, y] = [key(a), key(b)];
		const primary = x < y ? -1 : x > y ? 1 : 0;
		return primary * sign || Number(a.order) - Number(b.order);
	};
}

/** "Showing 3 of 11 requirements." */
export function countMessage(shown: number, total: number): string {
	return shown === total
		? `Showing all ${total} requirements.`
		: `Showing ${shown} of ${total} requirements.`;
}
