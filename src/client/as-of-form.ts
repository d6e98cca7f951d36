/**
 * `<as-of-form data-site="{…}" data-action="/page/">`: points the date form at this page and,
 * when the page's URL asks for `?asof=YYYY-MM-DD`, redraws the page's scoreboard (`#scoreboard`)
 * and its requirements table (rows `tr[data-id]`, if any) as they stood that day, from the same
 * evidence log and the same rules as the server (`computeStatus`, `scoreboard`, `dayCountText`).
 * It then sends `asofchange` to the page's `<filter-table>`, whose filters read the new statuses.
 */
import { parseAsOf } from '../lib/as-of.ts';
import { formatDay, relativeDays } from '../lib/dates.ts';
import type { MilestoneView } from '../lib/milestone-view.ts';
import { OVERDUE_ORDER_NOTE, scoreboard, type Scoreboard } from '../lib/scoreboard.ts';
import { computeStatus } from '../lib/status.ts';
import { redrawRows } from './as-of-rows.ts';
import { STATUS_INFO } from '../lib/status-text.ts';

interface SiteData {
	signed: string;
	build: string;
	base: string;
	milestones: Array<
		Omit<MilestoneView, 'status' | 'sectionNumber' | 'leadNames' | 'consultedNames'>
	>;
}

function el(tag: string, text?: string, attrs: Record<string, string> = {}): HTMLElement {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
	return node;
}

function link(base: string, view: MilestoneView): HTMLElement {
	return el('a', `§${view.subsection} ${view.title}`, {
		href: `${base.replace(/\/$/, '')}/milestones/${view.id}/`,
	});
}

/**
 * The scoreboard's contents for `board`, in the same structure as Scoreboard.astro; `table` says
 * whether the page's requirements table shows the same day, and `today` is this page without `?asof`.
 */
function render(
	target: HTMLElement,
	board: Scoreboard,
	base: string,
	build: string,
	table: boolean,
	today: string,
) {
	const heading = el('h2', `Status of the ${board.total} requirements on `, {
		id: 'scoreboard-heading',
	});
	heading.append(el('time', formatDay(board.asOf), { datetime: board.asOf }));
	const counts = el('ul', undefined, { class: 'counts' });
	for (const c of board.counts) {
		const li = el('li', undefined, { class: `count count-${c.kind}` });
		li.append(el('span', STATUS_INFO[c.kind].mark, { class: 'mark', 'aria-hidden': 'true' }));
		const label = el('span');
		label.append(el('strong', String(c.count)), ` ${STATUS_INFO[c.kind].label.toLowerCase()}`);
		li.append(label);
		counts.append(li);
	}
	const next = el('p', undefined, { class: 'next' });
	next.append(el('strong', 'Next deadline:'), ' ');
	if (board.next === null) next.append('none ahead; every dated requirement has come due.');
	else {
		next.append(
			el('time', formatDay(board.next.due), { datetime: board.next.due }),
			` (${relativeDays(board.next.due, board.asOf)}): `,
		);
		board.next.items.forEach((m, i) => next.append(i > 0 ? ', ' : '', link(base, m)));
	}
	const total = board.overdue.reduce((n, g) => n + g.items.length, 0);
	const parts: HTMLElement[] = [
		heading,
		past(build, table, today),
		counts,
		next,
		el('h3', total === 0 ? 'Nothing is overdue.' : `All ${total} overdue requirements`, {
			class: 'overdue-heading',
		}),
	];
	if (total > 0) {
		parts.push(
			el('p', OVERDUE_ORDER_NOTE, {
				class: 'order-note',
			}),
		);
	}
	for (const group of board.overdue) {
		const div = el('div', undefined, { class: 'group' });
		const tie = group.items.length > 1 ? `${group.items.length} tied: ` : '';
		const list = el('ul', undefined, { class: 'overdue' });
		for (const m of group.items) {
			const li = el('li');
			li.append(link(base, m));
			list.append(li);
		}
		div.append(el('p', `${tie}${group.count}`, { class: 'tie' }), list);
		parts.push(div);
	}
	// Scoped styles key on the component's attribute; copy it onto the new nodes.
	const scope = [...target.attributes].find((a) => a.name.startsWith('data-astro-cid'));
	const all = parts.flatMap((p) => [p, ...p.querySelectorAll('*')]);
	if (scope) for (const node of all) node.setAttribute(scope.name, scope.value);
	target.replaceChildren(...parts);
}

/** The note under the heading: what shows the past day, and a link back to the build day. */
function past(build: string, table: boolean, today: string): HTMLElement {
	const note = el(
		'p',
		`A past day, computed from the evidence dated on or before it. ${
			table
				? 'The requirements table below shows the same day.'
				: `The rest of this page shows ${formatDay(build)}.`
		} `,
		{ class: 'past' },
	);
	note.append(el('a', `Show ${formatDay(build)}`, { href: today }));
	return note;
}

class AsOfForm extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form');
		const action = this.dataset['action'] ?? location.pathname;
		if (form) form.action = action;
		const data = JSON.parse(this.dataset['site'] ?? '{}') as SiteData;
		const asOf = parseAsOf(
			new URLSearchParams(location.search).get('asof'),
			data.signed,
			data.build,
		);
		const target = document.getElementById('scoreboard');
		if (asOf === null || target === null) return;
		const input = this.querySelector('input');
		if (input) input.value = asOf;
		const views = data.milestones.map((m) => ({
			...m,
			status: computeStatus(m, data.signed, asOf),
			sectionNumber: 0,
			leadNames: [],
			consultedNames: [],
		})) as MilestoneView[];
		const table = document.querySelector('filter-table[data-noun="requirements"]');
		if (table) redrawRows(table, new Map(views.map((v) => [v.id, v.status])), asOf);
		render(target, scoreboard(views), data.base, data.build, table !== null, action);
		table?.dispatchEvent(new Event('asofchange'));
	}
}

customElements.define('as-of-form', AsOfForm);
