import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

// The production build this run tested (see test/support/site-build.ts), audited as it ran.
const audit = inject('buildAudit');

describe.skipIf(audit === null)('the production build', () => {
	it('opens no network connection and looks up no host', () => {
		expect(audit!.network).toEqual([]);
	});

	it('leaves the checkout as it found it (git status unchanged)', () => {
		expect(audit!.statusBefore, 'the tests must run in a git checkout').not.toBeNull();
		expect(audit!.statusAfter).toBe(audit!.statusBefore);
	});
});

describe('the network guard behind that audit', () => {
	it('records and refuses a fetch and a lookup of a public host', () => {
		const log = join(mkdtempSync(join(tmpdir(), 'guard-')), 'network.log');
		const guard = new URL('../support/no-network.ts', import.meta.url).href;
		const script = `require('dns').lookup('example.org', () => {});
			fetch('https://example.com/').catch((e) => console.log(e.cause.code));`;
		const out = execFileSync(process.execPath, [`--import=${guard}`, '-e', script], {
			env: { ...process.env, NETWORK_LOG: log },
			encoding: 'utf8',
		});
		expect(out.trim()).toBe('ENETUNREACH');
		expect(readFileSync(log, 'utf8').split('\n').filter(Boolean).sort()).toEqual([
			'connect example.com:443',
			'lookup example.org',
		]);
	});
});
