// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { PREVIEW_ORIGIN, siteOrigin } from './scripts/lib/site-url.ts';

// No usage telemetry from any Astro command, however it is started (the npm scripts also set it
// before Astro loads; see scripts/lib/no-telemetry.ts).
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// The base path is set per deployment (docs/deploying.md); the origin too, by the integration
// below: a build needs a deployable SITE_URL unless it is a local preview (SITE_PREVIEW=1).
const base = process.env.BASE_PATH || '/';

/**
 * Sets `site`: checked for `astro build`, the preview origin for dev, check and preview.
 * @type {import('astro').AstroIntegration}
 */
const publicOrigin = {
	name: 'public-origin',
	hooks: {
		'astro:config:setup': ({ command, updateConfig, logger }) => {
			if (command !== 'build') {
				updateConfig({ site: process.env.SITE_URL || PREVIEW_ORIGIN });
				return;
			}
			const { origin, preview } = siteOrigin(process.env);
			if (preview) logger.warn(`Local preview build: every absolute link points to ${origin}`);
			updateConfig({ site: origin });
		},
	},
};

export default defineConfig({
	site: process.env.SITE_URL || PREVIEW_ORIGIN,
	base,
	trailingSlash: 'always',
	// Stylesheets stay external files, so the policy in public/_headers ("style-src 'self'") holds.
	build: { format: 'directory', inlineStylesheets: 'never' },
	// No code blocks need highlighting, and Shiki's inline styles would need 'unsafe-inline'.
	markdown: { syntaxHighlight: false },
	integrations: [publicOrigin, mdx(), sitemap()],
	devToolbar: { enabled: false },
	// A Content-Security-Policy <meta> on every page: scripts and styles only from the site (Astro
	// adds the hashes of what it emits), nothing else. public/_headers repeats it, with the
	// directives a <meta> cannot carry, for hosts that read that file.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
	vite: {
		build: {
			// One stylesheet for the whole site (about 6 KB gzip): one render-blocking request per
			// page instead of up to ten, and it is cached across pages.
			cssCodeSplit: false,
			// Scripts stay external files so a strict Content-Security-Policy can allow 'self';
			// other assets keep Vite's default (inline below 4 KiB).
			assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
			rollupOptions: {
				// MDX modules carry Astro's own "use astro:head-inject" directive, which the bundler
				// reports once per page; it is expected and harmless.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
});
