import { describe, expect, it } from 'vitest';
import { PREVIEW_ORIGIN, SiteUrlError, siteOrigin } from '../../scripts/lib/site-url.ts';

describe('siteOrigin()', () => {
	it.each([
		[{}, /SITE_URL is not set/],
		[{ SITE_URL: '  ' }, /SITE_URL is not set/],
		[{ SITE_URL: 'tracker.org' }, /is not a URL/],
		[{ SITE_URL: 'ftp://tracker.org' }, /must be an http\(s\) origin/],
		[{ SITE_URL: 'http://localhost:4321' }, /this machine or a private network/],
		[{ SITE_URL: 'http://preview.localhost' }, /this machine or a private network/],
		[{ SITE_URL: 'http://127.0.0.1' }, /this machine or a private network/],
		[{ SITE_URL: 'http://10.1.2.3' }, /this machine or a private network/],
		[{ SITE_URL: 'http://172.20.0.1' }, /this machine or a private network/],
		[{ SITE_URL: 'http://192.168.0.10' }, /this machine or a private network/],
		[{ SITE_URL: 'http://169.254.169.254' }, /this machine or a private network/],
		[{ SITE_URL: 'http://[::1]' }, /this machine or a private network/],
		[{ SITE_URL: 'http://[fd00::1]' }, /this machine or a private network/],
		[{ SITE_URL: 'http://[::ffff:10.0.0.1]' }, /this machine or a private network/],
		[{ SITE_URL: 'https://tracker.example.org' }, /reserved example domain/],
		[{ SITE_URL: 'https://example.com' }, /reserved example domain/],
		[{ SITE_URL: 'https://site.test' }, /reserved example domain/],
	])('refuses a production build with %j, naming SITE_URL', (env, message) => {
		expect(() => siteOrigin(env)).toThrow(SiteUrlError);
		expect(() => siteOrigin(env)).toThrow(message);
		expect(() => siteOrigin(env)).toThrow(/SITE_URL/);
	});

	it('accepts a public origin and keeps only the origin', () => {
		expect(siteOrigin({ SITE_URL: 'https://user.github.io/eo14409/' })).toEqual({
			origin: 'https://user.github.io',
			preview: false,
		});
		expect(siteOrigin({ SITE_URL: 'http://172.32.0.1' }).preview).toBe(false);
	});

	it('accepts a reserved example domain only when tests allow it', () => {
		const env = { SITE_URL: 'https://tracker.example.org', ALLOW_TEST_SITE_URL: '1' };
		expect(siteOrigin(env)).toEqual({ origin: 'https://tracker.example.org', preview: false });
	});

	it('builds a local preview on the preview origin, or the one given', () => {
		expect(siteOrigin({ SITE_PREVIEW: '1' })).toEqual({ origin: PREVIEW_ORIGIN, preview: true });
		expect(siteOrigin({ SITE_PREVIEW: '1', SITE_URL: 'http://localhost:8080' }).origin).toBe(
			'http://localhost:8080',
		);
	});
});
