import type { APIRoute } from 'astro';
import { href, route } from '../lib/href';

/** Allows all crawlers and points them at the sitemap. */
export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(href(route.sitemap), site);
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
