/**
 * A plain wheel over the chart scrolls the page (only Ctrl or ⌘ with the wheel zooms, as over an
 * embedded map); this shows `hint` briefly when that happens, so the reader learns how to zoom.
 */
export function showWheelHint(target: Element, hint: HTMLElement, ms = 1500): void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	target.addEventListener(
		'wheel',
		(e) => {
			if ((e as WheelEvent).ctrlKey || (e as WheelEvent).metaKey) return;
			hint.hidden = false;
			clearTimeout(timer);
			timer = setTimeout(() => (hint.hidden = true), ms);
		},
		{ passive: true },
	);
}
