import { defineBadContentTests, GATE_CASES } from '../support/bad-content.ts';

// Two kinds of broken content in the gate; the others run in `npm run test:slow`.
defineBadContentTests((name) => GATE_CASES.includes(name));
