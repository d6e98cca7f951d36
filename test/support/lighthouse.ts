/**
 * Lighthouse driving its own headless Chromium (see chromium.ts), for the site tests'
 * score gate and the bench's performance runs. Runs are sequential on one browser.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { LighthouseResult } from './lighthouse-summary.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

export interface LighthouseRunner {
	/** Audits `url` (Lighthouse's default mobile emulation and simulated throttling). */
	run(url: string, categories: readonly Category[]): Promise<LighthouseResult>;
	close(): Promise<void>;
}

export async function startLighthouse(): Promise<LighthouseRunner> {
	const found = await findChromium();
	const chrome = await chromeLauncher.launch({
		chromePath: found.executablePath,
		envVars: found.env,
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
		logLevel: 'error',
	});
	return {
		async run(url, categories) {
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...categories],
			});
			if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
			if (result.lhr.runtimeError) {
				throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.message}`);
			}
			return result.lhr as unknown as LighthouseResult;
		},
		async close() {
			chrome.kill();
		},
	};
}
