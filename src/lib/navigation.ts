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
	{ path: '/', label: 'Home' },
	{ path: '/order/', label: 'The order' },
	{ path: '/milestones/', label: 'Milestones' },
	{ path: '/timeline/', label: 'Timeline' },
	{ path: '/agencies/', label: 'Agencies' },
	{ path: '/sources/', label: 'Sources' },
	{ path: '/claims/', label: 'Claims' },
	{ path: '/news/', label: 'News' },
	{ path: '/about/', label: 'About' },
];

/**
 * Whether `item` is the current page or one of its ancestors. `current` is the site-relative
 * pathname; the home item only matches the home page itself.
 */
export function navState(item: NavItem, current: string): 'page' | 'section' | null {
	const normalized = current.endsWith('/') ? current : `${current}/`;
	if (normalized === item.path) return 'page';
	if (item.path !== '/' && normalized.startsWith(item.path)) return 'section';
	return null;
}
