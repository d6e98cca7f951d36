import { describe, expect, it } from 'vitest';
import {
	evidenceHedgeProblem,
	hasHedge,
	hedgeProblem,
	restsOnReporting,
} from '../../src/lib/hedges.ts';

describe('hedges', () => {
	it('recognizes a hedge or an attribution', () => {
		expect(hasHedge('The framework was reportedly shown to companies.')).toBe(true);
		expect(hasHedge('According to Fortune, it was shown.')).toBe(true);
		expect(hasHedge('Fortune reported that it was shown.')).toBe(true);
		expect(hasHedge('The framework was shown privately to companies on August 4.')).toBe(false);
	});

	it('asks for a hedge only when no source is a public record', () => {
		expect(restsOnReporting([{ kind: 'news' }, { kind: 'research-note' }])).toBe(true);
		expect(restsOnReporting([{ kind: 'news' }, { kind: 'agency' }])).toBe(false);
		expect(hedgeProblem('It happened.', [{ id: 'a', kind: 'primary' }])).toBeUndefined();
		expect(hedgeProblem('It happened.', [{ id: 'f', kind: 'news' }])).toMatch(
			/f \(news\).*no hedge/,
		);
		expect(hedgeProblem('It reportedly happened.', [{ id: 'f', kind: 'news' }])).toBeUndefined();
	});

	it('lets an evidence note report an absence without a hedge, but not news', () => {
		const lead = [{ id: 'r', kind: 'research-note' as const }];
		expect(
			evidenceHedgeProblem('No public record found as of October 10, 2026.', lead),
		).toBeUndefined();
		expect(evidenceHedgeProblem('OPM adds cybersecurity jobs to Tech Force.', lead)).toMatch(
			/no hedge/,
		);
	});
});
