import { route } from './href.ts';
/**
 * The site's main navigation. Only built parts are listed; a part joins the menu when its pages
 * exist, never before.
 */

/** One menu entry; `path` is site-relative, without the base path. */
export interface NavItem {
	path: string;
	label: string;
}

/** Header menu, in reading order. */
export const NAV: readonly NavItem[] = [
	{ path: route.home, label: 'Home' },
	{ path: route.order, label: 'The order' },
	{ path: route.milestones, label: 'Milestones' },
	{ path: route.timeline, label: 'Timeline' },
	{ path: route.agencies, label: 'Agencies' },
	{ path: route.sources, label: 'Sources' },
	{ path: route.claims, label: 'Claims' },
	{ path: route.news, label: 'News' },
	{ path: route.about(), label: 'About' },
];

/**
 * Whether `item` is the current page or one of its ancestors. `current` is the site-relative
 * pathname; the home item only matches the home page itself.
 */
export function navState(item: NavItem, current: string): 'page' | 'section' | null {
	const normalized = current.endsWith(route.home) ? current : `${current}/`;
	if (normalized === item.path) return 'page';
	if (item.path !== route.home && normalized.startsWith(item.path)) return 'section';
	return null;
}
