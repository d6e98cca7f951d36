/**
 * Builds the site once (see site-build.ts), launches Chromium (see chromium.ts) once for the
 * whole run and serves dist/ on a loopback port; tests reach all three through `inject()`.
 * `REUSE_DIST=1` skips the build and tests the dist/ already there (for quick local reruns).
 */
import type { TestProject } from 'vitest/node';
import { chromium, type BrowserServer } from 'playwright-core';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { findChromium, launchOptions } from './chromium.ts';
import { DIST } from './dist.ts';
import { buildSite, type BuildAudit } from './site-build.ts';
import { serveStatic } from './static-server.ts';

/** Where the test server serves axe-core, outside the site's own paths. */
export const AXE_PATH = '/__test__/axe.min.js';

declare module 'vitest' {
	export interface ProvidedContext {
		wsEndpoint: string;
		baseUrl: string;
		/** Null when the run reused an existing dist/. */
		buildAudit: BuildAudit | null;
	}
}

let browser: BrowserServer | undefined;
let server: Server | undefined;

export async function setup(project: TestProject) {
	const audit = process.env['REUSE_DIST'] === '1' ? null : await buildSite();
	if (audit) console.log(`Built the site for the tests in ${audit.seconds.toFixed(1)} s`);
	console.log(`Browser tests use Chromium from ${(await findChromium()).source}`);
	browser = await chromium.launchServer(await launchOptions());
	const served = await serveStatic(DIST, {
		[AXE_PATH]: createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	});
	server = served.server;
	project.provide('wsEndpoint', browser.wsEndpoint());
	project.provide('baseUrl', served.url);
	project.provide('buildAudit', audit);
}

export async function teardown() {
	await browser?.close();
	await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
}
