import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { MAIN_FEED, rssOptions } from '../lib/subscriptions/feeds';
import { getUpdates } from '../lib/subscriptions/site-updates';

/** Everything new on the site, newest first, at most 50 items. */
export async function GET(context: APIContext) {
	return rss(rssOptions(MAIN_FEED, await getUpdates(), context.site!));
}
