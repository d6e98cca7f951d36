import { describe, expect, it } from 'vitest';
import {
	guardedLookup,
	refusedAddress,
	refusedLiteral,
} from '../../../src/lib/aggregator/fetch/address-policy.ts';

const STRICT = { allowLoopback: false };
const TESTING = { allowLoopback: true };

describe('refusedAddress()', () => {
	it.each([
		['127.0.0.1', 'loopback'],
		['127.8.9.10', 'loopback'],
		['::1', 'loopback'],
		['10.1.2.3', 'private'],
		['172.16.0.1', 'private'],
		['192.168.1.1', 'private'],
		['169.254.169.254', 'linkLocal'],
		['fe80::1', 'linkLocal'],
		['fd12:3456::1', 'uniqueLocal'],
		['100.64.0.1', 'carrierGradeNat'],
		['224.0.0.1', 'multicast'],
		['ff02::1', 'multicast'],
		['0.0.0.0', 'unspecified'],
		['::', 'unspecified'],
		['255.255.255.255', 'broadcast'],
		['240.0.0.1', 'reserved'],
		['::ffff:10.0.0.1', 'private'],
		['::ffff:127.0.0.1', 'loopback'],
		['64:ff9b::a00:1', 'private'],
		['64:ff9b::7f00:1', 'loopback'],
		['not-an-address', 'not an IP address'],
	])('refuses %s (%s)', (address, range) => {
		expect(refusedAddress(address, STRICT)).toContain(range);
	});

	it.each([
		'93.184.215.14',
		'2606:2800:21f:cb07:6820:80da:af6b:8b2c',
		'::ffff:93.184.215.14',
		'64:ff9b::5db8:d70e',
	])('allows the public address %s', (address) => {
		expect(refusedAddress(address, STRICT)).toBeNull();
	});

	it('allows loopback only when the test switch is on, and nothing private with it', () => {
		expect(refusedAddress('127.0.0.1', TESTING)).toBeNull();
		expect(refusedAddress('::1', TESTING)).toBeNull();
		expect(refusedAddress('10.0.0.1', TESTING)).toContain('private');
		expect(refusedAddress('0.0.0.0', TESTING)).toContain('unspecified');
	});
});

describe('refusedLiteral()', () => {
	it.each([
		['http://10.0.0.1/feed', true],
		['http://[::1]/feed', true],
		['http://[::ffff:192.168.0.1]/', true],
		['https://example.com/feed', false],
		['http://93.184.215.14/', false],
	])('%s refused: %s', (url, refused) => {
		expect(refusedLiteral(new URL(url), STRICT) !== null).toBe(refused);
	});
});

describe('guardedLookup()', () => {
	const lookup = (policy: { allowLoopback: boolean }, all: boolean) =>
		new Promise<{ error: NodeJS.ErrnoException | null; address: unknown }>((resolve) => {
			guardedLookup(policy)('localhost', { all }, (error, address) => resolve({ error, address }));
		});

	it('refuses a name that resolves to loopback unless loopback is allowed', async () => {
		const refused = await lookup(STRICT, false);
		expect(refused.error?.code).toBe('EADDRREFUSED');
		const allowed = await lookup(TESTING, false);
		expect(allowed.error).toBeNull();
		expect(String(allowed.address)).toMatch(/^(?:127\.|::1$)/);
	});

	it('answers with every address when asked for all', async () => {
		const { error, address } = await lookup(TESTING, true);
		expect(error).toBeNull();
		expect(Array.isArray(address)).toBe(true);
	});
});
