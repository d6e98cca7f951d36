/** What `npm run feeds` prints: a line per feed as it finishes, then a summary table. Pure. */
import type { FeedReport, RunReport } from '../../src/lib/aggregator/run.ts';

const RESULT_TEXT: Record<FeedReport['result'], string> = {
	ok: 'ok',
	'not-modified': 'not modified',
	failed: 'failed',
	skipped: 'skipped (offline)',
};

/** One progress line: `✓ cisa-news: ok, 12 entries, 3 kept (0.4 s)`. */
export function formatProgress(r: FeedReport): string {
	const mark = r.result === 'failed' ? '✗' : r.result === 'skipped' ? '–' : '✓';
	const detail =
		r.result === 'failed'
			? `failed (${r.code}): ${r.message}`
			: r.result === 'ok'
				? `ok, ${r.entries} entries, ${r.kept} kept${repairedText(r)}`
				: RESULT_TEXT[r.result];
	return `${mark} ${r.id}: ${detail} (${(r.ms / 1000).toFixed(1)} s)`;
}

/** `, 2 dates unknown` when some kept items had an unusable date; '' otherwise. */
function repairedText(r: FeedReport): string {
	const unknown = Object.values(r.repaired).reduce((sum, n) => sum + (n ?? 0), 0);
	return unknown === 0 ? '' : `, ${unknown} date${unknown === 1 ? '' : 's'} unknown`;
}

/** The summary table: feed, result (with the reason for a failure), new, updated, time. */
export function formatSummary(report: RunReport): string {
	const rows = report.feeds.map((r) => [
		r.id,
		r.result === 'failed' ? `failed: ${r.code}` : RESULT_TEXT[r.result],
		String(r.new),
		String(r.updated),
		`${(r.ms / 1000).toFixed(1)} s`,
	]);
	const header = ['feed', 'result', 'new', 'updated', 'time'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
	const line = (cells: string[]) =>
		cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
	const failed = report.feeds.filter((r) => r.result === 'failed').length;
	return [
		line(header),
		line(widths.map((w) => '-'.repeat(w))),
		...rows.map(line),
		'',
		`${report.added} new, ${report.updated} updated, ${report.total} items in ${report.store}; ` +
			`${failed} of ${report.feeds.length} feeds failed (their earlier items are kept).`,
	].join('\n');
}

/** 0 when the store was written; with `strict`, 1 when any feed failed. */
export function exitCodeFor(report: RunReport, strict: boolean): number {
	return strict && report.feeds.some((r) => r.result === 'failed') ? 1 : 0;
}
