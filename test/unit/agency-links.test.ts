import { describe, expect, it } from 'vitest';
import { namesAgency } from '../../src/lib/agency-links.ts';

describe('namesAgency()', () => {
	const caisi = namesAgency({
		name: 'Center for AI Standards and Innovation',
		short: 'CAISI',
	});
	const war = namesAgency({ name: 'Department of War', short: 'War' });
	const oncd = namesAgency({
		name: 'National Cyber Director (Office of the National Cyber Director)',
		short: 'ONCD',
	});

	it.each([
		[caisi, 'CAISI told to stop publishing', true],
		[caisi, 'renamed the Center for AI Standards and Innovation', true],
		[caisi, 'CAISIS is not it', false],
		[war, 'the Department of War hardens', true],
		[war, 'a trade war over chips', false],
		[war, 'War games', false],
		[oncd, 'the National Cyber Director said', true],
	])('%#: %s → %s', (names, text, expected) => {
		expect(names(text)).toBe(expected);
	});
});
