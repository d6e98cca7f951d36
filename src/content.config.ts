import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
	jsonArrayLoader as jsonArray,
	jsonFilesLoader as jsonFiles,
} from './lib/content/loaders.ts';
import { agencySchema } from './lib/schemas/agency.ts';
import { changelogEntrySchema } from './lib/schemas/changelog.ts';
import { claimSchema } from './lib/schemas/claim.ts';
import { eventSchema } from './lib/schemas/event.ts';
import { feedSchema } from './lib/schemas/feed.ts';
import { milestoneSchema } from './lib/schemas/milestone.ts';
import { orderSectionSchema } from './lib/schemas/order.ts';
import { sourceSchema } from './lib/schemas/source.ts';

// Each schema lives in src/lib/schemas so that tests and scripts validate with the same definition;
// the JSON loaders carry their schema and validate through src/lib/content/validate.ts.
// The news store is not a collection: it can hold tens of thousands of items, and Astro compiles
// every collection entry into a JavaScript module of the build, which costs more per item the
// larger it gets. src/lib/content/load.ts reads and validates it directly instead.
export const collections = {
	order: defineCollection({
		loader: glob({ base: './content/order', pattern: '**/[^_]*.mdx' }),
		schema: orderSectionSchema,
	}),
	milestones: defineCollection({
		loader: jsonFiles('content/milestones', milestoneSchema),
	}),
	agencies: defineCollection({
		loader: jsonArray('content/agencies/agencies.json', agencySchema),
	}),
	sources: defineCollection({
		loader: jsonArray('content/sources/sources.json', sourceSchema),
	}),
	claims: defineCollection({
		loader: jsonArray('content/claims/claims.json', claimSchema),
	}),
	events: defineCollection({
		loader: jsonArray('content/events/events.json', eventSchema),
	}),
	feeds: defineCollection({
		loader: jsonArray('content/feeds/feeds.json', feedSchema),
	}),
	changelog: defineCollection({
		loader: jsonArray('content/changelog/changelog.json', changelogEntrySchema),
	}),
};
