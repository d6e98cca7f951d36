/**
 * The details panel: a copy of an event's entry in the dated list (the canonical text) with a
 * link back to it, or the hint shown when nothing is selected.
 */

/** Shows the list entry `id` in `panel`; does nothing when the page has no such entry. */
export function showEventDetails(panel: HTMLElement, id: string): void {
	const entry = document.getElementById(id);
	if (!entry) return;
	const copy = entry.cloneNode(true) as HTMLElement;
	copy.removeAttribute('id');
	const link = document.createElement('p');
	const a = document.createElement('a');
	a.href = `#${id}`;
	a.textContent = 'Go to this event in the list';
	link.append(a);
	panel.replaceChildren(...copy.childNodes, link);
}

/** Empties `panel` back to its hint. */
export function clearEventDetails(panel: HTMLElement): void {
	panel.replaceChildren(
		Object.assign(document.createElement('p'), {
			className: 'hint',
			textContent: 'Select an event to see its details here.',
		}),
	);
}
