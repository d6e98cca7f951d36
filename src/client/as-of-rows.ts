/**
 * Redraws the day-dependent cells of a server-rendered requirements table (MilestoneTable.astro)
 * for the statuses of a past day: the status badge, the day count, the attribution note, the
 * distance to the deadline, the filter and sort keys, the status filter's options, and the day the
 * caption names. Rows whose
 * `data-id` has no status in `statuses` are left as they are.
 */
import { formatDay, relativeDays } from '../lib/dates.ts';
import { STATUS_KINDS, type Status } from '../lib/status.ts';
import { attributionNote, dayCountText, STATUS_INFO } from '../lib/status-text.ts';

function setText(node: HTMLElement | null, text: string | null) {
	if (!node) return;
	node.textContent = text ?? '';
	node.hidden = !text;
}

/** Redraws each `tr[data-id]` under `root` for `statuses` (by requirement id), as of `asOf`. */
export function redrawRows(root: ParentNode, statuses: ReadonlyMap<string, Status>, asOf: string) {
	for (const row of root.querySelectorAll<HTMLTableRowElement>('tr[data-id]')) {
		const status = statuses.get(row.dataset['id'] ?? '');
		if (!status) continue;
		row.dataset['status'] = status.kind;
		row.dataset['sortStatus'] = String(STATUS_KINDS.indexOf(status.kind));
		const badge = row.querySelector<HTMLElement>('[data-status-cell] .status');
		if (badge) {
			badge.className = badge.className.replace(/\bstatus-[a-z-]+/, `status-${status.kind}`);
			const [mark, label] = [badge.firstElementChild, badge.lastChild];
			if (mark) mark.textContent = STATUS_INFO[status.kind].mark;
			if (label && label !== mark) label.textContent = STATUS_INFO[status.kind].label;
		}
		setText(row.querySelector('[data-day-count]'), dayCountText(status));
		setText(row.querySelector('[data-note]'), attributionNote(status));
		const relative = row.querySelector<HTMLElement>('[data-relative]');
		if (relative && status.due) relative.textContent = relativeDays(status.due, asOf);
	}
	const select = root.querySelector<HTMLSelectElement>('select[name="status"]');
	if (select) {
		// Offer the statuses of that day, in the usual order, after the "all statuses" option.
		const present = new Set([...statuses.values()].map((s) => s.kind));
		const options = STATUS_KINDS.filter((k) => present.has(k)).map(
			(k) => new Option(STATUS_INFO[k].label, k),
		);
		select.replaceChildren(...[...select.options].slice(0, 1), ...options);
	}
	for (const day of document.querySelectorAll<HTMLTimeElement>('time[data-as-of-day]')) {
		day.dateTime = asOf;
		day.textContent = formatDay(asOf);
	}
}
