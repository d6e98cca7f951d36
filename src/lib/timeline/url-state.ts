/**
 * The timeline's shareable view in the URL: `?from=YYYY-MM-DD&to=YYYY-MM-DD&lanes=a,b`. Anything
 * malformed is ignored, so a bad link still opens the default view.
 */
import { isIsoDay, type IsoDay } from '../dates.ts';

/** A view: the range shown (null for the full range) and the lanes shown (null for all). */
export interface TimelineView {
	from: IsoDay | null;
	to: IsoDay | null;
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
	return { ...range, lanes: lanes && lanes.length > 0 ? lanes : null };
}

/** The query string for a view (`""` for the default). */
export function viewQuery(view: TimelineView): string {
	const query = new URLSearchParams();
	if (view.from && view.to) {
		query.set('from', view.from);
		query.set('to', view.to);
	}
	if (view.lanes) query.set('lanes', view.lanes.join(','));
	const text = query.toString().replace(/%2C/g, ',');
	return text ? `?${text}` : '';
}
