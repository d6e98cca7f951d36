/**
 * The committed requirements, parsed through the real schema, for browser tests that compare a
 * page with what `computeStatus` gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { milestoneSchema, type MilestoneData } from '../../src/lib/schemas/milestone.ts';

const dir = join(import.meta.dirname, '../../content/milestones');

/** Every requirement in content/milestones, with its id (the file name). */
export function contentMilestones(): Array<{ id: string; data: MilestoneData }> {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.map((f) => ({
			id: f.replace(/\.json$/, ''),
			data: milestoneSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))),
		}));
}
