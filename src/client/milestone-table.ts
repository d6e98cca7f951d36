/**
 * `<milestone-table>`: enhances the server-rendered requirements table with filters, sortable
 * column headers and the view in the URL (`?status=&agency=&section=&sort=&dir=`). Without this
 * script the full table is shown and the disabled controls stay hidden.
 */
import {
	compareRows,
	countMessage,
	queryFromState,
	rowMatches,
	stateFromQuery,
	type RowData,
	type SortKey,
	type TableState,
} from '../lib/table-state.ts';

const LABELS: Record<SortKey, string> = {
	order: 'section',
	title: 'title',
	due: 'due date',
	status: 'status',
};

class MilestoneTable extends HTMLElement {
	#state: TableState = stateFromQuery(new URLSearchParams(location.search));

	connectedCallback() {
		const form = this.querySelector('form');
		const fieldset = this.querySelector('fieldset');
		if (!form || !fieldset) return;
		this.#addSortButtons();
		this.#writeControls(form);
		fieldset.disabled = false;
		form.addEventListener('change', () => this.#update(this.#readControls(form), true));
		form.addEventListener('submit', (event) => event.preventDefault());
		// The reset event fires before the controls are reset: read them on the next task.
		form.addEventListener('reset', () =>
			setTimeout(() => this.#update(this.#readControls(form), true)),
		);
		this.querySelector('[data-reset]')?.addEventListener('click', () => {
			form.reset();
		});
		window.addEventListener('popstate', () => {
			this.#state = stateFromQuery(new URLSearchParams(location.search));
			this.#writeControls(form);
			this.#apply(false);
		});
		this.#apply(false);
	}

	#rows(): HTMLTableRowElement[] {
		return [...this.querySelectorAll<HTMLTableRowElement>('tbody tr')];
	}

	#addSortButtons() {
		for (const th of this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
			const key = th.dataset['sort'] as SortKey;
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'sort';
			const label = document.createElement('span');
			label.textContent = th.textContent?.trim() ?? '';
			const arrow = document.createElement('span');
			arrow.className = 'arrow';
			arrow.setAttribute('aria-hidden', 'true');
			button.append(label, arrow);
			button.title = `Sort by ${LABELS[key]}`;
			button.addEventListener('click', () => {
				const dir = this.#state.sort === key && this.#state.dir === 'asc' ? 'desc' : 'asc';
				const form = this.querySelector('form')!;
				this.#update({ ...this.#state, sort: key, dir }, true);
				this.#writeControls(form);
			});
			th.replaceChildren(button);
		}
	}

	#readControls(form: HTMLFormElement): TableState {
		const data = new FormData(form);
		const sort = String(data.get('sort') ?? 'order') as SortKey;
		return {
			status: String(data.get('status') ?? ''),
			agency: String(data.get('agency') ?? ''),
			section: String(data.get('section') ?? ''),
			sort,
			dir: sort === this.#state.sort ? this.#state.dir : 'asc',
		};
	}

	#writeControls(form: HTMLFormElement) {
		for (const name of ['status', 'agency', 'section', 'sort'] as const) {
			const select = form.elements.namedItem(name);
			if (select instanceof HTMLSelectElement) {
				const value = this.#state[name];
				select.value = [...select.options].some((o) => o.value === value) ? value : '';
				if (name === 'sort' && select.value === '') select.value = 'order';
			}
		}
	}

	#update(state: TableState, push: boolean) {
		this.#state = state;
		this.#apply(push);
	}

	#apply(push: boolean) {
		const state = this.#state;
		const rows = this.#rows();
		const data = (row: HTMLTableRowElement) => row.dataset as unknown as RowData;
		const compare = compareRows(state);
		const sorted = [...rows].sort((a, b) => compare(data(a), data(b)));
		const body = this.querySelector('tbody')!;
		body.append(...sorted);
		let shown = 0;
		for (const row of rows) {
			const match = rowMatches(data(row), state);
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
		const count = this.querySelector('.count');
		if (count) count.textContent = countMessage(shown, rows.length);
		const empty = this.querySelector<HTMLElement>('.empty');
		if (empty) empty.hidden = shown > 0;
		if (push) {
			const url = `${location.pathname}${queryFromState(state)}${location.hash}`;
			if (url !== `${location.pathname}${location.search}${location.hash}`)
				history.pushState(null, '', url);
		}
	}
}

customElements.define('milestone-table', MilestoneTable);
