/**
 * Launches Debian's Chromium once for the whole run and serves dist/ on a loopback port; tests
 * connect to both through `inject()`.
 */
import type { TestProject } from 'vitest/node';
import { chromium, type BrowserServer } from 'playwright-core';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { DIST } from './dist.ts';
import { serveStatic } from './static-server.ts';

/** Where the test server serves axe-core, outside the site's own paths. */
export const AXE_PATH = '/__test__/axe.min.js';

declare module 'vitest' {
	export interface ProvidedContext {
		wsEndpoint: string;
		baseUrl: string;
	}
}

/** Chromium flags for a machine with no network and no sandbox privileges. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
];

let browser: BrowserServer | undefined;
let server: Server | undefined;

export async function setup(project: TestProject) {
	browser = await chromium.launchServer({
		executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
		args: CHROMIUM_ARGS,
	});
	const served = await serveStatic(DIST, {
		[AXE_PATH]: createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	});
	server = served.server;
	project.provide('wsEndpoint', browser.wsEndpoint());
	project.provide('baseUrl', served.url);
}

export async function teardown() {
	await browser?.close();
	await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
}
