import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { TOPIC_IDS } from '../../../lib/news';
import type { Topic } from '../../../lib/schemas/feed';
import { rssOptions, topicFeed } from '../../../lib/subscriptions/feeds';
import { getUpdates } from '../../../lib/subscriptions/site-updates';

export const getStaticPaths = (() =>
	TOPIC_IDS.map((topic) => ({ params: { topic } }))) satisfies GetStaticPaths;

/** Updates on one topic. */
export async function GET(context: APIContext) {
	const topic = context.params['topic'] as Topic;
	return rss(rssOptions(topicFeed(topic), await getUpdates(), context.site!));
}
