import { describe, expect, it } from 'vitest';
import {
	domainMs,
	layoutTicks,
	layoutTimeline,
	timeScale,
	type Layout,
} from '../../src/lib/timeline/layout.ts';
import { LANES, type TimelineItem } from '../../src/lib/timeline/model.ts';
import { syntheticItems } from '../support/synthetic/timeline.ts';
import { timelineSvg } from '../../src/lib/timeline/svg.ts';
import { parseView, viewQuery } from '../../src/lib/timeline/url-state.ts';
import { storyRange } from '../../src/lib/timeline/view.ts';
import { monthCounts } from '../../src/lib/timeline/months.ts';
import { wrapLabel } from '../../src/lib/timeline/wrap.ts';

const deadlines = [
	{
		id: 'deadline-30-days',
		days: 30,
		date: '2026-07-02',
		count: 7,
		label: '30-day deadline (7 requirements)',
	},
	{
		id: 'deadline-60-days',
		days: 60,
		date: '2026-08-01',
		count: 3,
		label: '60-day deadline (3 requirements)',
	},
];

function layout(items: TimelineItem[], domain: [string, string], width = 1100): Layout {
	return layoutTimeline(items, deadlines, '2026-06-02', '2026-11-23', {
		width,
		domain,
		lanes: LANES,
	});
}

/** Every pair of items (markers with their labels) in the same lane that share a row and overlap. */
function overlaps(l: Layout): string[] {
	const found: string[] = [];
	for (const a of l.items) {
		for (const b of l.items) {
			if (
				a.id < b.id &&
				a.lane === b.lane &&
				a.row < b.row + b.rowSpan &&
				b.row < a.row + a.rowSpan &&
				a.labelStart < b.labelEnd &&
				b.labelStart < a.labelEnd
			) {
				found.push(`${a.id}/${b.id}`);
			}
		}
	}
	return found;
}

describe('layoutTimeline()', () => {
	it.each([
		['the whole range', ['2026-05-01', '2026-09-30'], 1100],
		['a crowded range with few labelled rows', ['2026-05-01', '2026-09-30'], 500],
		['one month', ['2026-06-01', '2026-06-30'], 1100],
		['one week', ['2026-06-01', '2026-06-07'], 1100],
		['a phone-width picture', ['2026-05-01', '2026-09-30'], 400],
	] as const)('never overlaps labels: %s', (_name, domain, width) => {
		const l = layout(syntheticItems(200), [...domain], width);
		expect(l.items.length).toBeGreaterThan(0);
		expect(overlaps(l)).toEqual([]);
		for (const i of l.items.filter((x) => x.label !== null)) {
			expect(i.labelStart).toBeGreaterThanOrEqual(l.x0 - 5);
			expect(i.labelEnd).toBeLessThanOrEqual(l.x1 + 0.001);
		}
	});

	it('stacks same-day events in one lane into separate rows', () => {
		const items = ['a', 'b', 'c'].map((id) => ({
			...syntheticItems(1)[0]!,
			id,
			title: `Event ${id}`,
			label: `Event ${id}`,
			start: '2026-06-10',
			lane: 'agencies' as const,
		}));
		const l = layout(items, ['2026-06-01', '2026-06-30']);
		expect(l.items.map((i) => [i.id, i.row])).toEqual([
			['a', 0],
			['b', 1],
			['c', 2],
		]);
		expect(new Set(l.items.map((i) => i.x)).size).toBe(1);
		expect(l.lanes.find((x) => x.id === 'agencies')!.rows).toBe(3);
	});

	it('puts each item in its own lane, lanes in the given order, and drops items outside the range', () => {
		const items = syntheticItems(60);
		const l = layout(items, ['2026-06-01', '2026-06-30']);
		const laneOf = new Map(l.lanes.map((x) => [x.id, x]));
		for (const p of l.items) {
			const lane = laneOf.get(p.lane)!;
			expect(p.y).toBeGreaterThan(lane.y);
			expect(p.y).toBeLessThan(lane.y + lane.height);
			const item = items.find((i) => i.id === p.id)!;
			expect(item.start >= '2026-06-01' && item.start <= '2026-06-30').toBe(true);
		}
		expect(l.lanes.map((x) => x.id)).toEqual(LANES.map((x) => x.id));
	});

	it('places days at UTC midnight whatever the process time zone', () => {
		const scale = timeScale(domainMs(['2026-06-01', '2026-06-30']), 0, 300);
		expect(scale(new Date(Date.UTC(2026, 5, 1)))).toBe(0);
		expect(scale(new Date(Date.UTC(2026, 6, 1)))).toBe(300);
		const l = layout(
			[{ ...syntheticItems(1)[0]!, start: '2026-06-16' }],
			['2026-06-01', '2026-06-30'],
		);
		expect(l.items[0]!.x).toBeCloseTo(l.x0 + ((l.x1 - l.x0) * 15) / 30, 6);
	});

	it('draws deadline windows from the date of the order and a build-date marker when in range', () => {
		const l = layout(syntheticItems(10), ['2026-05-01', '2026-12-31']);
		expect(l.bands.map((b) => b.label)).toEqual(['30-day window', '60-day window']);
		expect(l.bands[0]!.x0).toBe(l.bands[1]!.x0);
		expect(l.markers.map((m) => m.kind)).toEqual(['deadline', 'deadline', 'build']);
		const early = layout(syntheticItems(10), ['2026-05-01', '2026-06-15']);
		expect(early.markers).toEqual([]);
	});

	it('keeps a row for every marker, in view or not, so zooming never changes the height below the lanes', () => {
		const all = layout(syntheticItems(10), ['2026-05-01', '2026-12-31']);
		const none = layout(syntheticItems(10), ['2026-05-01', '2026-06-15']);
		expect(all.markers).toHaveLength(3);
		expect(none.markers).toHaveLength(0);
		expect(none.height - none.lanesBottom).toBe(all.height - all.lanesBottom);
		expect(all.height - all.lanesBottom).toBeGreaterThanOrEqual(3 * 12);
	});
});

describe('layoutTimeline() labels', () => {
	const titled = (n: number, title: string, start = '2026-06-10') =>
		Array.from({ length: n }, (_, i) => ({
			...syntheticItems(1)[0]!,
			id: `t${i}`,
			start,
			lane: 'agencies' as const,
			title: `${title} ${i}`,
			label: `${title} ${i}`,
		}));
	const long = 'An event title long enough that it has to wrap onto a second line';

	it('wraps a label to two lines, each a row, where there is room', () => {
		const l = layout(titled(1, long), ['2026-06-01', '2026-06-30']);
		const [item] = l.items;
		expect(item!.lines).toEqual([
			'An event title long enough that it',
			'has to wrap onto a second line 0',
		]);
		expect(item!.label).toBe(`${long} 0`);
		expect(item!.rowSpan).toBe(2);
		expect(l.lanes.find((x) => x.id === 'agencies')!.rows).toBe(2);
	});

	it.each([300, 500, 790])(
		'keeps labels on one line where two would pass a height of %i',
		(maxHeight) => {
			const items = titled(12, long);
			const oneLine = layoutTimeline(items, deadlines, '2026-06-02', '2026-11-23', {
				width: 1100,
				domain: ['2026-06-01', '2026-06-30'],
				lanes: LANES,
				maxHeight: 0,
			});
			expect(oneLine.items.every((i) => i.lines.length === 1)).toBe(true);
			const l = layoutTimeline(items, deadlines, '2026-06-02', '2026-11-23', {
				width: 1100,
				domain: ['2026-06-01', '2026-06-30'],
				lanes: LANES,
				maxHeight,
			});
			expect(l.height).toBeLessThanOrEqual(Math.max(maxHeight, oneLine.height));
			expect(overlaps(l)).toEqual([]);
			if (maxHeight === 790) expect(l.items.some((i) => i.lines.length === 2)).toBe(true);
		},
	);
});

describe('layoutTimeline() in a crowded view', () => {
	it('keeps every label on one line above 150 events in view', () => {
		const wide = (count: number) =>
			layoutTimeline(
				syntheticItems(count, 5, '2026-01-01', 300).map((i) => ({
					...i,
					title: 'An event title long enough that it has to wrap onto a second line',
					label: 'An event title long enough that it has to wrap onto a second line',
				})),
				deadlines,
				'2026-06-02',
				'2026-11-23',
				{ width: 1100, domain: ['2026-01-01', '2026-12-31'], lanes: LANES, maxHeight: 1e6 },
			);
		expect(wide(150).items.some((i) => i.lines.length === 2)).toBe(true);
		expect(wide(151).items.every((i) => i.lines.length <= 1)).toBe(true);
	});
});

describe('wrapLabel()', () => {
	it.each([
		['A short title', ['A short title'], false],
		[
			'Order published in the Federal Register as EO 14409 (91 FR 34565)',
			['Order published in the Federal', 'Register as EO 14409 (91 FR 34565)'],
			false,
		],
		[
			'A title that is far too long to show whole in two lines of thirty-four characters',
			['A title that is far too long to', 'show whole in two lines of…'],
			true,
		],
		['  Spaces   collapse  ', ['Spaces collapse'], false],
	])('wraps %j', (title, lines, cut) => {
		const wrapped = wrapLabel(title, 34);
		expect(wrapped).toEqual({ lines, cut });
		for (const line of wrapped.lines) expect(line.length).toBeLessThanOrEqual(34);
	});

	it('splits where the longer line is shortest', () => {
		expect(wrapLabel('aaaa bbbb cccc dddd', 12).lines).toEqual(['aaaa bbbb', 'cccc dddd']);
	});
});

describe('layoutTicks()', () => {
	it.each([
		[['2024-08-01', '2026-12-31'], 1000, /^([A-Z][a-z]{2}( \d{4})?|\d{4})$/],
		[['2026-06-01', '2026-06-30'], 1000, /^(Jun \d+|Jul)$/],
	] as const)('chooses UTC ticks for %j at %i units', (domain, width, pattern) => {
		const ticks = layoutTicks(timeScale(domainMs([...domain]), 0, width));
		expect(ticks.length).toBeGreaterThan(3);
		expect(ticks.length).toBeLessThanOrEqual(Math.ceil(width / 60));
		for (const t of ticks) expect(t.label).toMatch(pattern);
		expect(ticks.map((t) => t.x)).toEqual([...ticks.map((t) => t.x)].sort((a, b) => a - b));
	});
});

describe('timelineSvg()', () => {
	it('is an accessible image with escaped text, matching the snapshot', async () => {
		const items = syntheticItems(12, 3).map((i, n) =>
			n === 0
				? { ...i, title: 'A <b>&</b> "quoted" title', label: 'A <b>&</b> "quoted" title' }
				: i,
		);
		const svg = timelineSvg(layout(items, ['2026-05-01', '2026-09-30'], 900), items, {
			id: 'tl',
			title: 'Test timeline',
			description: 'Twelve synthetic events.',
		});
		expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="tl-title tl-desc">/);
		expect(svg).not.toContain('<b>');
		expect(svg).toContain('A &lt;b&gt;&amp;&lt;/b&gt; &quot;quoted&quot; title');
		// Coordinates are rounded to 0.1, so the snapshot does not depend on float noise.
		await expect(svg.replace(/(\d+\.\d)\d+/g, '$1')).toMatchFileSnapshot(
			'./__snapshots__/timeline.svg',
		);
	});
});

describe('timeline view in the URL', () => {
	const lanes = LANES.map((l) => l.id);
	it('round-trips a range and lanes, and ignores malformed values', () => {
		const view = {
			from: '2026-05-01',
			to: '2026-08-31',
			whole: false,
			lanes: ['agencies', 'congress'],
		};
		expect(viewQuery(view)).toBe('?from=2026-05-01&to=2026-08-31&lanes=agencies,congress');
		expect(parseView(new URLSearchParams(viewQuery(view)), lanes)).toEqual(view);
		expect(
			parseView(new URLSearchParams('from=2026-09-01&to=2026-08-01&lanes=nope'), lanes),
		).toEqual({ from: null, to: null, whole: false, lanes: null });
		expect(parseView(new URLSearchParams('from=2026-02-30&to=2026-03-01'), lanes).from).toBeNull();
		expect(viewQuery({ from: null, to: null, whole: false, lanes: null })).toBe('');
	});

	it('names the whole history view=all, and a range wins over it', () => {
		const whole = { from: null, to: null, whole: true, lanes: null };
		expect(viewQuery(whole)).toBe('?view=all');
		expect(parseView(new URLSearchParams('view=all'), lanes)).toEqual(whole);
		expect(parseView(new URLSearchParams('view=all&from=2026-05-01&to=2026-06-01'), lanes)).toEqual(
			{
				from: '2026-05-01',
				to: '2026-06-01',
				whole: false,
				lanes: null,
			},
		);
		expect(parseView(new URLSearchParams('view=everything'), lanes).whole).toBe(false);
	});
});

describe('storyRange()', () => {
	it.each([
		['after every deadline', '2026-12-07', ['2026-05-01', '2026-12-22']],
		['before the 60-day deadline', '2026-07-10', ['2026-05-01', '2026-08-16']],
		['on the order date', '2026-06-02', ['2026-05-01', '2026-07-17']],
	])(
		'opens %s on the month before signing to the build date or next deadline',
		(_, build, range) => {
			expect(storyRange('2026-06-02', deadlines, build)).toEqual(range);
		},
	);

	it('starts in the previous year for an order signed in January', () => {
		expect(storyRange('2027-01-15', [], '2027-02-01')[0]).toBe('2026-12-01');
	});
});

describe('monthCounts()', () => {
	const item = (id: string, start: string): TimelineItem => ({
		id,
		start,
		end: null,
		precision: 'day',
		lane: 'agencies',
		title: id,
		label: id,
		confidence: 'secondary',
	});

	it('counts items by the UTC month they start in, keeps empty months, and places deadlines', () => {
		const items = [item('a', '2026-06-30'), item('b', '2026-07-01'), item('c', '2026-07-31')];
		const months = monthCounts(items, deadlines, ['2026-05-15', '2026-08-01']);
		expect(months.map((m) => [m.month, m.count, m.deadlines.map((d) => d.days)])).toEqual([
			['2026-05', 0, []],
			['2026-06', 1, []],
			['2026-07', 2, [30]],
			['2026-08', 0, [60]],
		]);
		expect(months[2]!.label).toBe('July 2026');
	});

	it('crosses a year and ignores items outside the range', () => {
		const months = monthCounts([item('x', '2027-03-01')], [], ['2026-11-01', '2027-01-31']);
		expect(months.map((m) => m.month)).toEqual(['2026-11', '2026-12', '2027-01']);
		expect(months.every((m) => m.count === 0)).toBe(true);
	});
});
