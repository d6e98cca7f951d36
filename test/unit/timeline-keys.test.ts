import { describe, expect, it } from 'vitest';
import { keyIntent } from '../../src/client/timeline/keys.ts';

describe('keyIntent()', () => {
	const order = ['a', 'b', 'c'];
	it.each([
		['ArrowRight', false, 'a', { kind: 'move', to: 'b' }],
		['ArrowRight', false, 'c', { kind: 'move', to: 'c' }],
		['ArrowLeft', false, 'a', { kind: 'move', to: 'a' }],
		['ArrowRight', false, null, { kind: 'move', to: 'a' }],
		['Home', false, 'c', { kind: 'move', to: 'a' }],
		['End', false, 'a', { kind: 'move', to: 'c' }],
		['ArrowRight', true, 'a', { kind: 'pan', by: 0.25 }],
		['ArrowLeft', true, 'a', { kind: 'pan', by: -0.25 }],
		['+', false, 'b', { kind: 'zoom', factor: 2 }],
		['=', false, null, { kind: 'zoom', factor: 2 }],
		['-', false, 'b', { kind: 'zoom', factor: 0.5 }],
		['Escape', false, 'b', { kind: 'clear' }],
		['Enter', false, 'b', { kind: 'open', id: 'b' }],
		[' ', false, 'b', { kind: 'open', id: 'b' }],
		['Enter', false, null, null],
		['x', false, 'b', null],
	] as const)('%j (shift %s) from %s is %j', (key, shift, current, intent) => {
		expect(keyIntent(key, shift, order, current)).toEqual(intent);
	});

	it('moves nowhere when no event is shown', () => {
		expect(keyIntent('Home', false, [], null)).toBeNull();
	});
});
