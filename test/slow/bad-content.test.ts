import { expect, it } from 'vitest';
import { BAD_CONTENT_CASES, defineBadContentTests, GATE_CASES } from '../support/bad-content.ts';

// Every broken-content case the gate does not run.
defineBadContentTests((name) => !GATE_CASES.includes(name));

it('names only real cases for the gate, so together the two suites run every case', () => {
	expect(GATE_CASES.filter((name) => !BAD_CONTENT_CASES.includes(name))).toEqual([]);
	expect(GATE_CASES).toHaveLength(2);
});
