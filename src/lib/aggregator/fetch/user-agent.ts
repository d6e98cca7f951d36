import { SITE_NAME } from '../../site.ts';

/**
 * The User-Agent every feed request sends. It names the site, and its public address when one is
 * configured, so that a publisher can see who is reading and how to reach them.
 */
export function userAgent(siteUrl: string | undefined): string {
	const name = `${SITE_NAME.replace(/\s+/g, '-')}-news/1.0`;
	return siteUrl ? `${name} (+${siteUrl})` : name;
}
