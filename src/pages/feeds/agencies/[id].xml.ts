import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { getSite } from '../../../lib/content/load';
import { agencyFeed, rssOptions } from '../../../lib/subscriptions/feeds';
import { getUpdates } from '../../../lib/subscriptions/site-updates';

export const getStaticPaths = (async () => {
	const site = await getSite();
	return [...site.agencies.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

/** Updates on the requirements one agency leads. */
export async function GET(context: APIContext) {
	const site = await getSite();
	const id = context.params['id']!;
	return rss(rssOptions(agencyFeed(id, site.agencies.get(id)!), await getUpdates(), context.site!));
}
