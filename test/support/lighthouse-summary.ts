/**
 * Reads a Lighthouse result (its JSON report, `lhr`) into what the tests and the bench need: the
 * score of each category on a 0–100 scale, the scored audits that lost points, and the Core Web
 * Vitals it measured. Pure: the result's shape is declared here, only as far as it is read.
 */

export interface LighthouseResult {
	categories: Record<
		string,
		{ score: number | null; auditRefs: Array<{ id: string; weight: number }> }
	>;
	audits: Record<
		string,
		{ title: string; score: number | null; displayValue?: string; numericValue?: number }
	>;
}

/** Lab metrics, in milliseconds except CLS (unitless). */
export interface LabMetrics {
	fcpMs: number | null;
	lcpMs: number | null;
	tbtMs: number | null;
	cls: number | null;
	speedIndexMs: number | null;
}

const METRIC_AUDITS: Record<keyof LabMetrics, string> = {
	fcpMs: 'first-contentful-paint',
	lcpMs: 'largest-contentful-paint',
	tbtMs: 'total-blocking-time',
	cls: 'cumulative-layout-shift',
	speedIndexMs: 'speed-index',
};

/** Each category's score, 0–100, or null when Lighthouse could not score it. */
export function categoryScores(lhr: LighthouseResult): Record<string, number | null> {
	return Object.fromEntries(
		Object.entries(lhr.categories).map(([id, c]) => [
			id,
			c.score === null ? null : Math.round(c.score * 100),
		]),
	);
}

/** Audits that count towards `category` and did not pass, as `id (score): title — value`. */
export function lostPoints(lhr: LighthouseResult, category: string): string[] {
	const refs = lhr.categories[category]?.auditRefs ?? [];
	return refs
		.filter((ref) => ref.weight > 0)
		.flatMap((ref) => {
			const audit = lhr.audits[ref.id];
			if (!audit || audit.score === null || audit.score >= 1) return [];
			const value = audit.displayValue ? ` — ${audit.displayValue}` : '';
			return [`${ref.id} (${audit.score}): ${audit.title}${value}`];
		});
}

/** The lab metrics of a run that included the performance category. */
export function labMetrics(lhr: LighthouseResult): LabMetrics {
	const read = (id: string) => {
		const value = lhr.audits[id]?.numericValue;
		return value === undefined ? null : Number(value.toFixed(value < 1 ? 3 : 0));
	};
	return Object.fromEntries(
		Object.entries(METRIC_AUDITS).map(([key, id]) => [key, read(id)]),
	) as unknown as LabMetrics;
}
