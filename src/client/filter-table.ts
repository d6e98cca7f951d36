/**
 * `<filter-table>`: enhances a server-rendered table with the filters in its form (each
 * `<select name>` matches the rows' `data-<name>` tokens), sortable column headers
 * (`th[data-sort]` compares rows' `data-sort-<key>`), a live count, and the view in the URL.
 * Without this script the full table shows and the disabled controls stay hidden. An `asofchange`
 * event on the element says its rows' data changed, and applies the view again.
 */
import {
	compareRows,
	countMessage,
	DEFAULT_SORT,
	queryFromState,
	rowMatches,
	stateFromQuery,
	type RowData,
	type TableSpec,
	type TableState,
} from '../lib/table-state.ts';

class FilterTable extends HTMLElement {
	#spec: TableSpec = { filters: [], sorts: [] };
	#state!: TableState;

	connectedCallback() {
		const form = this.querySelector('form');
		const fieldset = this.querySelector('fieldset');
		if (!form || !fieldset) return;
		this.#spec = {
			filters: [...form.querySelectorAll('select')].map((s) => s.name).filter((n) => n !== 'sort'),
			sorts: [...this.querySelectorAll<HTMLElement>('th[data-sort]')].map(
				(th) => th.dataset['sort']!,
			),
		};
		this.#state = stateFromQuery(new URLSearchParams(location.search), this.#spec);
		this.#addSortButtons();
		this.#writeControls(form);
		fieldset.disabled = false;
		form.addEventListener('change', () => this.#update(this.#readControls(form), true));
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#update(this.#readControls(form), true);
		});
		// The reset event fires before the controls are reset: read them on the next task.
		form.addEventListener('reset', () =>
			setTimeout(() => this.#update(this.#readControls(form), true)),
		);
		this.querySelector('[data-reset]')?.addEventListener('click', () => form.reset());
		// The "status on another day" script has rewritten the rows' statuses and the status options:
		// show the view's filter again, and apply it.
		this.addEventListener('asofchange', () => {
			this.#writeControls(form);
			this.#apply(false);
		});
		window.addEventListener('popstate', () => {
			this.#state = stateFromQuery(new URLSearchParams(location.search), this.#spec);
			this.#writeControls(form);
			this.#apply(false);
		});
		this.#apply(false);
	}

	#rows(): HTMLTableRowElement[] {
		return [...this.querySelectorAll<HTMLTableRowElement>('tbody tr')];
	}

	#rowData(row: HTMLTableRowElement): RowData {
		const sorts: Record<string, string> = {};
		for (const [key, value] of Object.entries(row.dataset)) {
			const match = /^sort([A-Z].*)$/.exec(key);
			if (match && value !== undefined) sorts[match[1]!.toLowerCase()] = value;
		}
		const filters = Object.fromEntries(this.#spec.filters.map((f) => [f, row.dataset[f] ?? '']));
		return { filters, sorts };
	}

	#addSortButtons() {
		for (const th of this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
			const key = th.dataset['sort']!;
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'sort';
			const label = document.createElement('span');
			label.textContent = th.textContent?.trim() ?? '';
			const arrow = document.createElement('span');
			arrow.className = 'arrow';
			arrow.setAttribute('aria-hidden', 'true');
			button.append(label, arrow);
			button.addEventListener('click', () => {
				const dir = this.#state.sort === key && this.#state.dir === 'asc' ? 'desc' : 'asc';
				this.#update({ ...this.#state, sort: key, dir }, true);
				this.#writeControls(this.querySelector('form')!);
			});
			th.replaceChildren(button);
		}
	}

	#readControls(form: HTMLFormElement): TableState {
		const data = new FormData(form);
		const sort = String(data.get('sort') ?? this.#state.sort);
		return {
			filters: Object.fromEntries(this.#spec.filters.map((f) => [f, String(data.get(f) ?? '')])),
			sort,
			dir: sort === this.#state.sort ? this.#state.dir : 'asc',
		};
	}

	#writeControls(form: HTMLFormElement) {
		const values: Record<string, string> = { ...this.#state.filters, sort: this.#state.sort };
		for (const [name, value] of Object.entries(values)) {
			const select = form.elements.namedItem(name);
			if (!(select instanceof HTMLSelectElement)) continue;
			const known = [...select.options].some((o) => o.value === value);
			select.value = known ? value : name === 'sort' ? DEFAULT_SORT : '';
		}
	}

	#update(state: TableState, push: boolean) {
		this.#state = state;
		this.#apply(push);
	}

	#apply(push: boolean) {
		const state = this.#state;
		const rows = this.#rows();
		const data = new Map(rows.map((row) => [row, this.#rowData(row)]));
		const compare = compareRows(state);
		const sorted = [...rows].sort((a, b) => compare(data.get(a)!, data.get(b)!));
		this.querySelector('tbody')!.append(...sorted);
		let shown = 0;
		for (const row of rows) {
			const match = rowMatches(data.get(row)!, state);
			row.hidden = !match;
			if (match) shown++;
		}
		for (const th of this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
			const active = th.dataset['sort'] === state.sort;
			if (active) th.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
			else th.removeAttribute('aria-sort');
			const arrow = th.querySelector('.arrow');
			if (arrow) arrow.textContent = active ? (state.dir === 'asc' ? '▲' : '▼') : '';
		}
		const count = this.querySelector('[role="status"]');
		if (count) count.textContent = countMessage(shown, rows.length, this.dataset['noun'] ?? 'rows');
		const empty = this.querySelector<HTMLElement>('.empty');
		if (empty) empty.hidden = shown > 0;
		if (push) {
			const url = `${location.pathname}${queryFromState(state, location.search)}${location.hash}`;
			if (url !== `${location.pathname}${location.search}${location.hash}`) {
				history.pushState(null, '', url);
			}
		}
	}
}

customElements.define('filter-table', FilterTable);
