/**
 * `<changes-since>`: applies the page's `?since=YYYY-MM-DD` to the server-rendered list of
 * changes: entries on or before that day are hidden, and so are weeks and groups left empty; a
 * live region says how many remain. Without this script the form still submits and every change
 * stays listed, newest first.
 */
import { dayToUtcMs, isIsoDay } from '../lib/dates.ts';

class ChangesSince extends HTMLElement {
	connectedCallback() {
		const since = new URLSearchParams(location.search).get('since') ?? '';
		const status = this.querySelector('[role="status"]');
		const input = this.querySelector<HTMLInputElement>('input[name="since"]');
		if (!isIsoDay(since) || !status) return;
		if (input) input.value = since;
		let shown = 0;
		for (const entry of this.querySelectorAll<HTMLElement>('[data-day]')) {
			entry.hidden = (entry.dataset['day'] ?? '') <= since;
			if (!entry.hidden) shown++;
		}
		for (const box of this.querySelectorAll<HTMLElement>('[data-box]'))
			box.hidden = box.querySelector('[data-day]:not([hidden])') === null;
		const day = new Date(dayToUtcMs(since)).toLocaleDateString('en-US', {
			timeZone: 'UTC',
			year: 'numeric',
			month: 'long',
			day: 'numeric',
		});
		status.textContent = `${shown} ${shown === 1 ? 'change' : 'changes'} after ${day}.`;
	}
}

customElements.define('changes-since', ChangesSince);
