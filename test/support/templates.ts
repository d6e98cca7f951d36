/**
 * The site's page templates: which built page belongs to which, the byte budgets each is held to,
 * and the page that stands for each in Lighthouse runs. Pure: it works on page paths and sizes.
 * Every built page must belong to exactly one template, so a new kind of page cannot go unmeasured.
 */

/** Gzip byte budgets for one page of a template; `js` counts what loads before any interaction. */
export interface Budget {
	html: number;
	css: number;
	js: number;
	/** JavaScript fetched on demand (dynamic imports), when the template has any. */
	lazyJs: number;
}

export interface Template {
	id: string;
	/** Matches the page's site-relative path (`/order/section-2/`, `/404.html`). */
	pattern: RegExp;
	budget: Budget;
	/** A query string the Lighthouse run adds, for pages that render results from the URL. */
	query?: string;
}

const KB = 1024;
/** The site's one stylesheet (Vite's CSS code splitting is off), shared and cached by every page. */
const CSS = 8 * KB;
/** Text pages: no JavaScript at all. */
const text = (html: number): Budget => ({ html: html * KB, css: CSS, js: 0, lazyJs: 0 });
/** Pages whose tables filter and sort in place (a custom element, progressive enhancement). */
const table = (html: number): Budget => ({ html: html * KB, css: CSS, js: 4 * KB, lazyJs: 0 });
/** Pages with a copy button and nothing else scripted. */
const copyable = (html: number): Budget => ({ html: html * KB, css: CSS, js: 2 * KB, lazyJs: 0 });

/** Pages with the "status on another day" form, whose script redraws the scoreboard. */
const asOf = (html: number): Budget => ({ html: html * KB, css: CSS, js: 5 * KB, lazyJs: 0 });

export const TEMPLATES: readonly Template[] = [
	{ id: 'home', pattern: /^\/$/, budget: asOf(16) },
	{ id: 'as-of', pattern: /^\/as-of\/(\d{4}-\d{2}-\d{2}\/)?$/, budget: text(12) },
	{ id: 'order', pattern: /^\/order\/$/, budget: text(12) },
	{ id: 'order-section', pattern: /^\/order\/[^/]+\/$/, budget: text(16) },
	{
		id: 'milestones',
		pattern: /^\/milestones\/$/,
		budget: { ...table(8), js: 9 * KB },
	},
	{ id: 'milestone', pattern: /^\/milestones\/[^/]+\/$/, budget: copyable(12) },
	{
		id: 'timeline',
		pattern: /^\/timeline\/$/,
		budget: { html: 32 * KB, css: CSS, js: 40 * KB, lazyJs: 0 },
	},
	{ id: 'news', pattern: /^\/news\/(\d+\/)?$/, budget: table(16) },
	{ id: 'news-topic', pattern: /^\/news\/topics\/[^/]+\/(\d+\/)?$/, budget: table(16) },
	{ id: 'feed-health', pattern: /^\/news\/feeds\/$/, budget: text(8) },
	{
		id: 'search',
		pattern: /^\/search\/$/,
		budget: { html: 8 * KB, css: CSS, js: 6 * KB, lazyJs: 16 * KB },
		query: '?q=clearinghouse',
	},
	{ id: 'sources', pattern: /^\/sources\/$/, budget: table(16) },
	{ id: 'source', pattern: /^\/sources\/[^/]+\/$/, budget: copyable(8) },
	{ id: 'claims', pattern: /^\/claims\/$/, budget: text(20) },
	{ id: 'claim', pattern: /^\/claims\/[^/]+\/$/, budget: copyable(8) },
	{
		id: 'changes',
		pattern: /^\/changes\/$/,
		budget: { html: 24 * KB, css: CSS, js: 5 * KB, lazyJs: 0 },
		query: '?since=2026-11-30',
	},
	{ id: 'agencies', pattern: /^\/agencies\/$/, budget: text(8) },
	{ id: 'agency', pattern: /^\/agencies\/[^/]+\/$/, budget: text(8) },
	{ id: 'subscribe', pattern: /^\/subscribe\/$/, budget: copyable(8) },
	{ id: 'data', pattern: /^\/data\/$/, budget: text(8) },
	{ id: 'about', pattern: /^\/about\/$/, budget: text(8) },
	{ id: 'changelog', pattern: /^\/about\/changelog\/$/, budget: text(8) },
	{ id: 'not-found', pattern: /^\/404\.html$/, budget: text(8) },
];

/** The templates `path` matches: exactly one for every page the site builds. */
export function templatesOf(path: string, templates: readonly Template[] = TEMPLATES): Template[] {
	return templates.filter((t) => t.pattern.test(path));
}

/** The path of a built HTML file relative to dist/ (`order/index.html` → `/order/`). */
export function pagePath(file: string): string {
	return `/${file.replaceAll('\\', '/').replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * One page per template: the heaviest HTML of each, since it has the most of every component.
 * Throws, naming them, when pages match no template or more than one.
 */
export function representatives(
	pages: ReadonlyArray<{ path: string; bytes: number }>,
	templates: readonly Template[] = TEMPLATES,
): Array<{ template: Template; path: string }> {
	const problems = pages
		.map((p) => ({ path: p.path, matches: templatesOf(p.path, templates) }))
		.filter((p) => p.matches.length !== 1)
		.map((p) => `${p.path} (${p.matches.map((t) => t.id).join(', ') || 'no template'})`);
	if (problems.length > 0) {
		throw new Error(`Pages must match exactly one template: ${problems.join('; ')}`);
	}
	const chosen: Array<{ template: Template; path: string }> = [];
	for (const template of templates) {
		const heaviest = pages
			.filter((p) => template.pattern.test(p.path))
			.reduce<{ path: string; bytes: number } | null>(
				(best, p) => (best === null || p.bytes > best.bytes ? p : best),
				null,
			);
		if (heaviest) chosen.push({ template, path: heaviest.path });
	}
	return chosen;
}

/** What `weight` exceeds of `budget`, as readable lines; empty when within it. */
export function overBudget(weight: Budget, budget: Budget): string[] {
	return (Object.keys(budget) as Array<keyof Budget>)
		.filter((key) => weight[key] > budget[key])
		.map((key) => `${key} ${weight[key]} B gzip > budget ${budget[key]} B`);
}

/** A page's gzip byte counts, as budgets count them. */
export interface GzipWeight {
	path: string;
	html: number;
	css: number;
	js: number;
	lazyJs: number;
}

/** Per template: how many pages, the heaviest figure of each kind, the budget, and any excess. */
export function templateWeights(
	pages: readonly GzipWeight[],
	templates: readonly Template[] = TEMPLATES,
): Array<{ template: string; pages: number; max: Budget; budget: Budget; over: string[] }> {
	return templates
		.map((template) => {
			const own = pages.filter((p) => template.pattern.test(p.path));
			const most = (key: keyof Budget) => Math.max(0, ...own.map((p) => p[key]));
			const max = { html: most('html'), css: most('css'), js: most('js'), lazyJs: most('lazyJs') };
			return {
				template: template.id,
				pages: own.length,
				max,
				budget: template.budget,
				over: overBudget(max, template.budget),
			};
		})
		.filter((row) => row.pages > 0);
}
