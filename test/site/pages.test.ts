import { definePageChecks } from '../support/page-suite.ts';

// Every page in the sitemap, checked in a real browser.
await definePageChecks(0, 1);
