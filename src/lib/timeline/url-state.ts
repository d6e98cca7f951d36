/**
 * The timeline's shareable view in the URL: `?from=YYYY-MM-DD&to=YYYY-MM-DD&lanes=a,b`, or
 * `?view=all` for the whole history; no range means the default view (the order's story).
 * Anything malformed is ignored, so a bad link still opens the default view.
 */
import { isIsoDay, type IsoDay } from '../dates.ts';

/**
 * A view: the range shown (null for the default), whether it is the whole history, and the lanes
 * shown (null for all).
 */
export interface TimelineView {
	from: IsoDay | null;
	to: IsoDay | null;
	whole: boolean;
	lanes: string[] | null;
}

/** Reads a view from a query string, keeping only known lanes and a valid, ordered range. */
export function parseView(query: URLSearchParams, knownLanes: readonly string[]): TimelineView {
	const from = query.get('from');
	const to = query.get('to');
	const range =
		from && to && isIsoDay(from) && isIsoDay(to) && from <= to
			? { from, to }
			: { from: null, to: null };
	const lanes =
		query
			.get('lanes')
			?.split(',')
			.filter((l) => knownLanes.includes(l)) ?? null;
	return {
		...range,
		whole: range.from === null && query.get('view') === 'all',
		lanes: lanes && lanes.length > 0 ? lanes : null,
	};
}

/** The query string for a view (`""` for the default). */
export function viewQuery(view: TimelineView): string {
	const query = new URLSearchParams();
	if (view.from && view.to) {
		query.set('from', view.from);
		query.set('to', view.to);
	} else if (view.whole) {
		query.set('view', 'all');
	}
	if (view.lanes) query.set('lanes', view.lanes.join(','));
	const text = query.toString().replace(/%2C/g, ',');
	return text ? `?${text}` : '';
}
