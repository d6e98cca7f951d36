/**
 * Packs one lane's events into rows so that no two labels (or markers) overlap: greedily, in
 * the order given (time order), each into the first rows where it fits. A label takes a row per
 * line. Pure: positions in, rows and label extents out.
 */

const MARKER_RADIUS = 5;
const LABEL_GAP = 10;

/** An event to pack: its marker's x (and a span's end), and its label's lines. */
export interface PackEntry {
	id: string;
	x: number;
	x2: number | null;
	lines: readonly string[];
}

/** Where an entry went: its first row, its label (or none) and what the label and marker cover. */
export interface Packed {
	id: string;
	row: number;
	rowSpan: number;
	lines: readonly string[];
	side: 'right' | 'left' | null;
	start: number;
	end: number;
}

/** Plot edges, label metrics and row limits for `packLane`. */
export interface PackOptions {
	x0: number;
	x1: number;
	/** Average width of one label character. */
	charWidth: number;
	/** Rows that may carry labels; an entry that finds no room in them goes unlabelled. */
	maxRows: number;
}

/**
 * The first row r, with r + span <= limit, where rows r to r + span - 1 are all free from
 * `start` on (rows past the end are free), or -1.
 */
function firstFreeRow(rowsEnd: readonly number[], start: number, span: number, limit: number) {
	for (let r = 0; r + span <= limit; r++) {
		let free = true;
		for (let k = r; k < r + span && free; k++)
			free = (rowsEnd[k] ?? -Infinity) + LABEL_GAP <= start;
		if (free) return r;
	}
	return -1;
}

/**
 * Packs `entries` into rows; returns where each went, how many rows the lane needs and how many
 * entries went unlabelled.
 */
export function packLane(
	entries: readonly PackEntry[],
	options: PackOptions,
): { placed: Packed[]; rows: number; unlabelled: number } {
	const { x0, x1, charWidth, maxRows } = options;
	let unlabelled = 0;
	const rowsEnd: number[] = [];
	const placed: Packed[] = [];
	for (const entry of entries) {
		const markerStart = entry.x - MARKER_RADIUS;
		const markerEnd = Math.max(entry.x2 ?? entry.x, entry.x) + MARKER_RADIUS;
		const { lines } = entry;
		const width = 4 + Math.max(...lines.map((l) => l.length)) * charWidth;
		let best: Omit<Packed, 'id'> | null = null;
		// The label goes right of the marker or left of it, whichever finds a free row first
		// (right on a tie); a side where the label would leave the plot is not tried.
		for (const side of ['right', 'left'] as const) {
			const [start, end] =
				side === 'right' ? [markerStart, markerEnd + width] : [markerStart - width, markerEnd];
			if (side === 'right' ? end > x1 : start < x0) continue;
			const row = firstFreeRow(rowsEnd, start, lines.length, maxRows);
			if (row !== -1 && (!best || row < best.row))
				best = { row, rowSpan: lines.length, lines, side, start, end };
		}
		if (!best) unlabelled++;
		// With no room for a label, the marker goes without it, in a row where it overlaps nothing
		// (adding one if need be), so no marker ever covers a label.
		best ??= {
			row: firstFreeRow(rowsEnd, markerStart, 1, Infinity),
			rowSpan: 1,
			lines: [],
			side: null,
			start: markerStart,
			end: markerEnd,
		};
		for (let k = best.row; k < best.row + best.rowSpan; k++) {
			while (rowsEnd.length <= k) rowsEnd.push(-Infinity);
			rowsEnd[k] = Math.max(rowsEnd[k]!, best.end);
		}
		placed.push({ id: entry.id, ...best });
	}
	return { placed, rows: Math.max(1, rowsEnd.length), unlabelled };
}
