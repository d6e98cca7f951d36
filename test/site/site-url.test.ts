import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, exists, removeCopy, runBuild } from '../support/project-copy.ts';

// A production build (not a local preview) must be given the public origin it is deployed at.
describe.concurrent('a production build', () => {
	it('fails without SITE_URL, naming it, and leaves no dist/', async () => {
		const dir = await copyProject();
		try {
			const { code, output } = await runBuild(dir, { SITE_PREVIEW: '', SITE_URL: '' });
			expect(code, output).toBe(1);
			expect(output).toMatch(/Build failed: SITE_URL is not set/);
			expect(await exists(join(dir, 'dist'))).toBe(false);
		} finally {
			await removeCopy(dir);
		}
	});

	it('builds with a public origin (an example one, allowed for tests) and no local address', async () => {
		const dir = await copyProject();
		try {
			const { code, output } = await runBuild(dir, {
				SITE_PREVIEW: '',
				SITE_URL: 'https://tracker.example.org',
				ALLOW_TEST_SITE_URL: '1',
			});
			expect(code, output).toBe(0);
			const feed = await readFile(join(dir, 'dist/rss.xml'), 'utf8');
			const home = await readFile(join(dir, 'dist/index.html'), 'utf8');
			expect(home).toContain('<link rel="canonical" href="https://tracker.example.org/"');
			for (const text of [feed, home]) expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
			// Every feed, calendar and subscription list a reader may add elsewhere.
			const subscriptions = (await readdir(join(dir, 'dist'), { recursive: true })).filter((f) =>
				/\.(xml|ics|opml)$|^feed\.json$/.test(f),
			);
			expect(subscriptions.length).toBeGreaterThan(40);
			for (const file of subscriptions) {
				const text = await readFile(join(dir, 'dist', file), 'utf8');
				expect(text, file).not.toMatch(/localhost|127\.0\.0\.1/);
			}
		} finally {
			await removeCopy(dir);
		}
	});
});
