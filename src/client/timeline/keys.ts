/**
 * What a key does on the timeline, as an intent the chart carries out: move between events in
 * time order, pan, zoom around the current event, clear the selection, or open the event.
 */
export type KeyIntent =
	| { kind: 'move'; to: string }
	| { kind: 'pan'; by: number }
	| { kind: 'zoom'; factor: number }
	| { kind: 'clear' }
	| { kind: 'open'; id: string }
	| null;

/** The intent of `key` (with `shift`), given the events in time order and the current one. */
export function keyIntent(
	key: string,
	shift: boolean,
	order: readonly string[],
	current: string | null,
): KeyIntent {
	const index = current ? order.indexOf(current) : -1;
	const move = (to: string | undefined): KeyIntent => (to ? { kind: 'move', to } : null);
	if (key === 'ArrowRight' && !shift) return move(order[Math.min(order.length - 1, index + 1)]);
	if (key === 'ArrowLeft' && !shift) return move(order[Math.max(0, index - 1)]);
	if (key === 'Home') return move(order[0]);
	if (key === 'End') return move(order.at(-1));
	if (key === 'ArrowRight') return { kind: 'pan', by: 0.25 };
	if (key === 'ArrowLeft') return { kind: 'pan', by: -0.25 };
	if (key === '+' || key === '=') return { kind: 'zoom', factor: 2 };
	if (key === '-' || key === '_') return { kind: 'zoom', factor: 0.5 };
	if (key === 'Escape') return { kind: 'clear' };
	if ((key === 'Enter' || key === ' ') && current) return { kind: 'open', id: current };
	return null;
}
