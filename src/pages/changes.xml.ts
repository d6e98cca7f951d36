import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { changesFeedOptions } from '../lib/subscriptions/changes-feed';
import { getChangeWeeks } from '../lib/subscriptions/site-updates';

/** What changed, one item a week. */
export async function GET(context: APIContext) {
	return rss(changesFeedOptions(await getChangeWeeks(), context.site!));
}
