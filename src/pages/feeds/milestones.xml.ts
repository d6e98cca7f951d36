import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { MILESTONES_FEED, rssOptions } from '../../lib/subscriptions/feeds';
import { getUpdates } from '../../lib/subscriptions/site-updates';

/** New evidence and status changes of the requirements. */
export async function GET(context: APIContext) {
	return rss(rssOptions(MILESTONES_FEED, await getUpdates(), context.site!));
}
