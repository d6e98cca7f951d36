import { describe, expect, it } from 'vitest';
import {
	overBudget,
	pagePath,
	representatives,
	TEMPLATES,
	templatesOf,
	templateWeights,
	type Template,
} from '../../support/templates.ts';

const ids = (path: string) => templatesOf(path).map((t) => t.id);

describe('page templates', () => {
	it('puts each kind of page in its own template', () => {
		expect(ids('/')).toEqual(['home']);
		expect(ids('/news/')).toEqual(['news']);
		expect(ids('/news/3/')).toEqual(['news']);
		expect(ids('/news/feeds/')).toEqual(['feed-health']);
		expect(ids('/news/topics/order/')).toEqual(['news-topic']);
		expect(ids('/news/topics/order/2/')).toEqual(['news-topic']);
		expect(ids('/about/changelog/')).toEqual(['changelog']);
		expect(ids('/404.html')).toEqual(['not-found']);
		expect(ids('/order/section-2/')).toEqual(['order-section']);
	});

	it('has unique ids and holds text pages to no JavaScript', () => {
		expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
		for (const id of ['order', 'order-section', 'agency', 'claims', 'about', 'as-of']) {
			expect(TEMPLATES.find((t) => t.id === id)!.budget.js, id).toBe(0);
		}
	});

	it('holds the home page, whose only script is the date form, to 5 KB gzip of it', () => {
		const budget = TEMPLATES.find((t) => t.id === 'home')!.budget;
		expect(budget.js).toBeGreaterThan(0);
		expect(budget.js).toBeLessThanOrEqual(5 * 1024);
	});

	it('maps built files to page paths', () => {
		expect(pagePath('index.html')).toBe('/');
		expect(pagePath('order/section-1/index.html')).toBe('/order/section-1/');
		expect(pagePath('404.html')).toBe('/404.html');
	});

	it('picks the heaviest page of each template that has pages', () => {
		const chosen = representatives([
			{ path: '/', bytes: 10 },
			{ path: '/claims/a/', bytes: 5 },
			{ path: '/claims/b/', bytes: 9 },
			{ path: '/claims/c/', bytes: 7 },
		]);
		expect(chosen.map((c) => [c.template.id, c.path])).toEqual([
			['home', '/'],
			['claim', '/claims/b/'],
		]);
	});

	it('names pages that match no template or several', () => {
		const overlapping: Template[] = [
			{ id: 'a', pattern: /^\/x\//, budget: TEMPLATES[0]!.budget },
			{ id: 'b', pattern: /^\/x\/y\//, budget: TEMPLATES[0]!.budget },
		];
		expect(() => representatives([{ path: '/nowhere/', bytes: 1 }])).toThrow(
			'/nowhere/ (no template)',
		);
		expect(() => representatives([{ path: '/x/y/', bytes: 1 }], overlapping)).toThrow(
			'/x/y/ (a, b)',
		);
	});

	it('reports each byte count over its budget', () => {
		const budget = { html: 100, css: 50, js: 0, lazyJs: 0 };
		expect(overBudget({ html: 100, css: 10, js: 0, lazyJs: 0 }, budget)).toEqual([]);
		expect(overBudget({ html: 101, css: 10, js: 20, lazyJs: 0 }, budget)).toEqual([
			'html 101 B gzip > budget 100 B',
			'js 20 B gzip > budget 0 B',
		]);
	});

	it('sums up each template by its heaviest figures against its budget', () => {
		const page = (path: string, html: number, js = 0) => ({ path, html, css: 10, js, lazyJs: 0 });
		const rows = templateWeights([
			page('/agencies/a/', 100),
			page('/agencies/b/', 9000, 5),
			page('/', 200),
		]);
		expect(rows.map((r) => [r.template, r.pages, r.max.html, r.max.js])).toEqual([
			['home', 1, 200, 0],
			['agency', 2, 9000, 5],
		]);
		expect(rows[1]!.over).toEqual(['html 9000 B gzip > budget 8192 B', 'js 5 B gzip > budget 0 B']);
	});
});
