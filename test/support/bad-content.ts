import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, exists, removeCopy, runBuild } from './project-copy.ts';

type Json = Record<string, unknown> & { id?: string };

async function readJson<T>(dir: string, file: string): Promise<T> {
	return JSON.parse(await readFile(join(dir, file), 'utf8')) as T;
}
async function writeJson(dir: string, file: string, data: unknown) {
	await writeFile(join(dir, file), `${JSON.stringify(data, null, '\t')}\n`);
}
async function firstMilestone(dir: string): Promise<string> {
	const files = (await readdir(join(dir, 'content/milestones')))
		.filter((f) => f.endsWith('.json'))
		.sort();
	return `content/milestones/${files[0]}`;
}

/**
 * Each case breaks the content of a fresh copy of the project in one way and lists what the
 * build's message must say. `expected` strings may use {milestone} for the milestone file edited.
 */
const cases: Array<[string, (dir: string) => Promise<string[]>]> = [
	[
		'a milestone naming an unknown agency',
		async (dir) => {
			const file = await firstMilestone(dir);
			const data = await readJson<Json>(dir, file);
			data['lead'] = ['no-such-agency'];
			await writeJson(dir, file, data);
			return [file, 'field "lead[0]"', 'unknown agency "no-such-agency"'];
		},
	],
	[
		'a milestone naming an unknown section',
		async (dir) => {
			const file = await firstMilestone(dir);
			const data = await readJson<Json>(dir, file);
			data['section'] = 'section-9';
			await writeJson(dir, file, data);
			return [file, 'field "section"', 'unknown order section "section-9"'];
		},
	],
	[
		'a claim citing an unknown source',
		async (dir) => {
			const file = 'content/claims/claims.json';
			const claims = await readJson<Json[]>(dir, file);
			claims.push({
				id: 'broken-claim',
				short: 'Broken',
				question: 'Is this a test?',
				explanation: 'A deliberately broken claim.',
				positions: [{ source: 'no-such-source', stance: 'silent' }],
			});
			await writeJson(dir, file, claims);
			return [
				file,
				'entry "broken-claim"',
				'field "positions[0].source"',
				'unknown source "no-such-source"',
			];
		},
	],
	[
		'an event pointing nowhere',
		async (dir) => {
			const file = 'content/events/events.json';
			const events = await readJson<Json[]>(dir, file);
			const sources = await readJson<Json[]>(dir, 'content/sources/sources.json');
			events.push({
				id: 'broken-event',
				date: '2026-06-02',
				precision: 'day',
				title: 'A deliberately broken event',
				label: 'A deliberately broken event',
				summary: 'Points to a milestone that does not exist.',
				lane: 'white-house',
				sources: [sources[0]!.id],
				confidence: 'primary',
				milestones: ['no-such-milestone'],
			});
			await writeJson(dir, file, events);
			return [
				file,
				'entry "broken-event"',
				'field "milestones[0]"',
				'unknown milestone "no-such-milestone"',
			];
		},
	],
	[
		'an MDX page citing an unknown source',
		async (dir) => {
			const file = 'content/order/section-1.mdx';
			const text = await readFile(join(dir, file), 'utf8');
			await writeFile(join(dir, file), `${text}\nBroken <Cite ids="no-such-source" />.\n`);
			return [file, 'unknown source "no-such-source"'];
		},
	],
	[
		'a missing required field',
		async (dir) => {
			const file = 'content/sources/sources.json';
			const sources = await readJson<Json[]>(dir, file);
			const id = sources[0]!.id!;
			delete sources[0]!['publisher'];
			await writeJson(dir, file, sources);
			return [`${file} (entry [0] "${id}"), field "publisher"`];
		},
	],
	[
		'a source graded primary that was not read',
		async (dir) => {
			const file = 'content/sources/sources.json';
			const sources = await readJson<Json[]>(dir, file);
			const source = sources.find((s) => s['access'] === 'not-read')!;
			source['tier'] = 'primary';
			await writeJson(dir, file, sources);
			return [file, `entry "${source.id}"`, 'field "tier"', 'grade "primary" needs access'];
		},
	],
	[
		'a date that is not a date',
		async (dir) => {
			const file = await firstMilestone(dir);
			const data = await readJson<Json>(dir, file);
			data['lastChecked'] = '2026-02-30';
			await writeJson(dir, file, data);
			const id = file.split('/').pop()!.replace('.json', '');
			return [`${file} (entry "${id}"), field "lastChecked"`, 'must be a real calendar date'];
		},
	],
	[
		'a duplicate id',
		async (dir) => {
			const file = 'content/sources/sources.json';
			const sources = await readJson<Json[]>(dir, file);
			sources.push({ ...sources[0]! });
			await writeJson(dir, file, sources);
			return [
				`${file} (entry [${sources.length - 1}] "${sources[0]!.id}"), field "id": duplicates entry [0]`,
			];
		},
	],
	[
		'malformed JSON',
		async (dir) => {
			const file = await firstMilestone(dir);
			const text = await readFile(join(dir, file), 'utf8');
			await writeFile(join(dir, file), text.replace(/}\s*$/, ''));
			const id = file.split('/').pop()!.replace('.json', '');
			return [`${file} (entry "${id}"): not valid JSON`];
		},
	],
	[
		'malformed MDX',
		async (dir) => {
			const file = 'content/order/section-2.mdx';
			const text = await readFile(join(dir, file), 'utf8');
			await writeFile(join(dir, file), `${text}\n<Cite ids="x"\n\nunclosed {\n`);
			return ['section-2.mdx'];
		},
	],
	[
		'an invalid news item read by the build itself',
		async (dir) => {
			const file = 'content/news/news.json';
			const items = await readJson<Json[]>(dir, file);
			items[0]!['published'] = 'yesterday';
			await writeJson(dir, file, items);
			return [`${file} (entry [0] "${items[0]!.id}"), field "published"`];
		},
	],
];

/**
 * Defines a test per case named in `names` (all cases when omitted): each breaks a fresh copy of
 * the project one way, builds it, and expects the build to stop, name the problem and leave no
 * dist/. The gate runs two of them; `npm run test:slow` runs the rest.
 */
export function defineBadContentTests(filter: (name: string) => boolean) {
	const chosen = cases.filter(([name]) => filter(name));
	describe.concurrent('a build of broken content', () => {
		it.each(chosen)(
			'stops on %s, names the problem and leaves no dist/',
			async (_name, breakIt) => {
				const dir = await copyProject();
				try {
					const expected = await breakIt(dir);
					const { code, output } = await runBuild(dir);
					expect(code, output).toBe(1);
					const report = output.slice(output.indexOf('Build failed:'));
					expect(output, output).toContain('Build failed:');
					for (const text of expected) expect(report, output).toContain(text);
					expect(report, 'no stack frames in the report').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
					expect(await exists(join(dir, 'dist'))).toBe(false);
					expect(await exists(join(dir, '.build-tmp'))).toBe(false);
				} finally {
					await removeCopy(dir);
				}
			},
		);
	});
}

/** Names of every case. */
export const BAD_CONTENT_CASES = cases.map(([name]) => name);

/**
 * The two the gate runs: a content entry caught by the integrity rules, and a news item read by
 * the build directly. `npm run test:slow` runs all the others.
 */
export const GATE_CASES = [
	'a milestone naming an unknown agency',
	'an invalid news item read by the build itself',
];
