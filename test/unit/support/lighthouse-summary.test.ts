import { describe, expect, it } from 'vitest';
import {
	categoryScores,
	labMetrics,
	lostPoints,
	type LighthouseResult,
} from '../../support/lighthouse-summary.ts';

const lhr: LighthouseResult = {
	categories: {
		accessibility: {
			score: 0.96,
			auditRefs: [
				{ id: 'color-contrast', weight: 7 },
				{ id: 'image-alt', weight: 10 },
				{ id: 'manual-check', weight: 0 },
			],
		},
		seo: { score: 1, auditRefs: [{ id: 'document-title', weight: 1 }] },
		pwa: { score: null, auditRefs: [] },
	},
	audits: {
		'color-contrast': { title: 'Contrast is sufficient', score: 0, displayValue: '2 elements' },
		'image-alt': { title: 'Images have alt', score: 1 },
		'manual-check': { title: 'Manual', score: 0 },
		'document-title': { title: 'Has a title', score: 1 },
		'first-contentful-paint': { title: 'FCP', score: 0.97, numericValue: 1402.3 },
		'cumulative-layout-shift': { title: 'CLS', score: 0.7, numericValue: 0.16057 },
	},
};

describe('Lighthouse summary', () => {
	it('scales scores to 0–100 and keeps unscored categories null', () => {
		expect(categoryScores(lhr)).toEqual({ accessibility: 96, seo: 100, pwa: null });
	});

	it('lists the weighted audits that lost points, with their values', () => {
		expect(lostPoints(lhr, 'accessibility')).toEqual([
			'color-contrast (0): Contrast is sufficient — 2 elements',
		]);
		expect(lostPoints(lhr, 'seo')).toEqual([]);
		expect(lostPoints(lhr, 'missing')).toEqual([]);
	});

	it('reads the lab metrics it has and leaves the rest null', () => {
		expect(labMetrics(lhr)).toEqual({
			fcpMs: 1402,
			lcpMs: null,
			tbtMs: null,
			cls: 0.161,
			speedIndexMs: null,
		});
	});
});
