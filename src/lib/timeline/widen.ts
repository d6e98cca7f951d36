/**
 * Which labels wrap to two lines: each lane is first packed with one-line labels; then labels
 * get their two-line form (the whole label, or as much as two lines hold) one at a time, for as
 * long as the extra rows this costs stay within an allowance. Labels that two lines hold whole
 * come first, then the rest, each in time order. Pure.
 */
import { packLane, type PackEntry, type PackOptions } from './pack.ts';
import { wrapLabel } from './wrap.ts';

/** Above this many events in view, every label stays on one line: trying costs too much. */
const WIDEN_LIMIT = 150;

/** One lane: its entries with one-line labels, and each entry's whole label and start, in time order. */
export interface LaneLabels {
	entries: PackEntry[];
	labels: string[];
	/** Each entry's start, for the time order across lanes. */
	starts: string[];
}

/**
 * Packs every lane, widening labels while the rows added in all lanes together stay within
 * `extraRows` and no event loses its label; a label's lines hold `lineChars` characters. Returns each lane's packing, in the given order.
 */
export function widenLabels(
	lanes: readonly LaneLabels[],
	options: PackOptions & { lineChars: number },
	extraRows: (oneLineRows: number) => number,
): Array<ReturnType<typeof packLane>> {
	const entries = lanes.map((l) => [...l.entries]);
	const packs = entries.map((e) => packLane(e, options));
	let allowance = Math.floor(extraRows(packs.reduce((n, p) => n + p.rows, 0)));
	const total = entries.reduce((n, e) => n + e.length, 0);
	if (allowance < 0 || total > WIDEN_LIMIT) return packs;
	const candidates = lanes
		.flatMap((l, lane) =>
			l.labels.map((label, i) => {
				const { cut, lines } = wrapLabel(label, options.lineChars);
				return { lane, i, cut, start: l.starts[i]!, lines };
			}),
		)
		.filter((c) => c.lines.length > 1)
		.sort((a, b) => Number(a.cut) - Number(b.cut) || a.start.localeCompare(b.start));
	for (const c of candidates) {
		const laneEntries = entries[c.lane]!;
		const one = laneEntries[c.i]!;
		laneEntries[c.i] = { ...one, lines: c.lines };
		const trial = packLane(laneEntries, options);
		const current = packs[c.lane]!;
		const cost = trial.rows - current.rows;
		if (cost <= allowance && trial.unlabelled <= current.unlabelled) {
			packs[c.lane] = trial;
			allowance -= cost;
		} else laneEntries[c.i] = one;
	}
	return packs;
}
