import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, route, withBase } from '../../src/lib/href.ts';

describe('route', () => {
	it.each([
		[route.section('section-3'), '/order/section-3/'],
		[route.section('section-3', 'term-x'), '/order/section-3/#term-x'],
		[route.term('section-3', 'covered'), '/order/section-3/#term-covered'],
		[route.milestone('2d-x'), '/milestones/2d-x/'],
		[route.milestone('2d-x', 'evidence-2'), '/milestones/2d-x/#evidence-2'],
		[route.milestonesWithStatus('overdue'), '/milestones/?status=overdue'],
		[route.event('e-1'), '/timeline/#e-1'],
		[route.newsTopic('order'), '/news/topics/order/'],
		[route.newsTopic('order', 3), '/news/topics/order/3/'],
		[route.dataFile('claims', 'csv'), '/data/claims.csv'],
		[route.dataFile('claims', 'schema.json'), '/data/claims.schema.json'],
		[route.data(), '/data/'],
		[route.about('status'), '/about/#status'],
		[route.changelog(), '/about/changelog/'],
		[route.asOf('2026-07-03'), '/as-of/2026-07-03/'],
		[route.searchShard(2), '/search-index/news-2.json'],
		[route.milestoneCalendar('2d-x'), '/calendars/milestones/2d-x.ics'],
	])('%s is %s', (actual, expected) => {
		expect(actual).toBe(expected);
	});
});

describe('withBase() and absoluteUrl()', () => {
	it.each([
		['/', '/order/', '/order/'],
		['/tracker/', '/order/', '/tracker/order/'],
		['/tracker', '/', '/tracker/'],
	])('base %s + %s = %s', (base, path, expected) => {
		expect(withBase(base, path)).toBe(expected);
	});
	it('refuses a relative path', () => {
		expect(() => withBase('/', 'order/')).toThrow(/start with/);
	});
	it('makes a route absolute on the origin, under the base path', () => {
		const site = new URL('https://tracker.example.org');
		expect(absoluteUrl(site, route.claim('c'), '/eo/')).toBe(
			'https://tracker.example.org/eo/claims/c/',
		);
		expect(() => absoluteUrl(undefined, route.home)).toThrow(/SITE_URL/);
	});
});

/**
 * One place for internal addresses: outside href.ts, no shipped file reads the base path or writes
 * a site path by hand (a string that starts with one of the site's top-level folders).
 */
describe('internal addresses are built only in src/lib/href.ts', () => {
	const root = new URL('../../', import.meta.url);
	const files = globSync('src/**/*.{ts,astro}', { cwd: root }).filter(
		(f) => f !== 'src/lib/href.ts' && !f.startsWith('src/client/'),
	);
	const TOP =
		'order|milestones|timeline|agencies|sources|claims|news|changes|search|search-index|subscribe|data|about|as-of|feeds|calendars';
	const handWritten = new RegExp(`['"\`]/(${TOP})(/|\\.|'|"|\`)`, 'g');

	it('finds the files it scans', () => {
		expect(files.length).toBeGreaterThan(50);
	});

	it.each([
		['reads BASE_URL', /import\.meta\.env\.BASE_URL/g],
		['writes a site path by hand', handWritten],
	])('no file %s', (_, pattern) => {
		const offenders = files.flatMap((file) =>
			[...readFileSync(new URL(file, root), 'utf8').matchAll(pattern)].map(
				(m) => `${file}: ${m[0]}`,
			),
		);
		expect(offenders).toEqual([]);
	});
});
