/**
 * `node scripts/screenshots.ts [path ...]`: screenshots of the built site at phone (390 px) and
 * desktop (1280 px) widths, light and dark, into reports/screenshots/. Uses Debian's Chromium.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { launchOptions } from '../test/support/chromium.ts';
import { serveStatic } from '../test/support/static-server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'reports/screenshots');
mkdirSync(out, { recursive: true });
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/'];

const { server, url } = await serveStatic(join(root, 'dist'));
const browser = await chromium.launch(await launchOptions());
try {
	for (const path of paths) {
		for (const width of [390, 1280]) {
			for (const scheme of ['light', 'dark'] as const) {
				const page = await browser.newPage({
					viewport: { width, height: 900 },
					colorScheme: scheme,
				});
				await page.goto(new URL(path.slice(1), url).href);
				const name = `${path.replace(/\//g, '_') || '_'}-${width}-${scheme}.png`;
				await page.screenshot({ path: join(out, name), fullPage: true });
				await page.close();
				console.log(join('reports/screenshots', name));
			}
		}
	}
} finally {
	await browser.close();
	server.close();
}
