import type { APIContext } from 'astro';
import { jsonFeed } from '../lib/subscriptions/feeds';
import { getUpdates } from '../lib/subscriptions/site-updates';

/** The main feed as JSON Feed 1.1. */
export async function GET(context: APIContext) {
	const feed = jsonFeed(await getUpdates(), context.site!);
	return new Response(`${JSON.stringify(feed, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
	});
}
