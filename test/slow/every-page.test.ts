import { sitemapPaths } from '../support/dist.ts';
import { definePageChecks } from '../support/page-suite.ts';

// Every page in the sitemap, checked in a real browser (the gate checks one page per template).
definePageChecks(await sitemapPaths());
