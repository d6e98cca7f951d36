import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtomically } from '../../scripts/lib/atomic-output.ts';
import { describeBuildError } from '../../scripts/lib/describe-error.ts';
import { resolveBuildDate } from '../../src/lib/build-info.ts';
import { sectionSourceIds, uniqueInOrder } from '../../src/lib/citations.ts';
import { NAV, navState } from '../../src/lib/navigation.ts';
import { buildSite } from '../../src/lib/site-data.ts';
import { fitTitle, hrefOf, truncate } from '../../src/lib/site.ts';
import { validContent } from './content-fixture.ts';

describe('resolveBuildDate()', () => {
	it('uses BUILD_DATE when set, else the UTC day of now', () => {
		expect(resolveBuildDate('2026-08-01', new Date('2026-11-23T05:00:00Z'))).toBe('2026-08-01');
		expect(resolveBuildDate(undefined, new Date('2026-11-23T23:30:00-08:00'))).toBe('2026-11-24');
		expect(resolveBuildDate('', new Date('2026-11-23T05:00:00Z'))).toBe('2026-11-23');
	});
	it('refuses a BUILD_DATE that is not a calendar date', () => {
		expect(() => resolveBuildDate('2026-13-01', new Date())).toThrow(/BUILD_DATE.*"2026-13-01"/);
	});
});

describe('hrefOf()', () => {
	it('percent-encodes square brackets and leaves the rest alone', () => {
		expect(hrefOf('https://example.org/a.rss?conditions[term]=%22x%22&b=1')).toBe(
			'https://example.org/a.rss?conditions%5Bterm%5D=%22x%22&b=1',
		);
		expect(hrefOf('https://example.org/')).toBe('https://example.org/');
	});
});

describe('navState()', () => {
	const [home, order] = NAV;
	it('marks the current page and its ancestors; home only on itself', () => {
		expect(navState(home!, '/')).toBe('page');
		expect(navState(home!, '/order/')).toBeNull();
		expect(navState(order!, '/order/')).toBe('page');
		expect(navState(order!, '/order/section-3/')).toBe('section');
		expect(navState(order!, '/order')).toBe('page');
		expect(navState(order!, '/about/')).toBeNull();
	});
});

describe('sectionSourceIds()', () => {
	it('lists inline citations first, then terms, section and requirement sources, once each', () => {
		const content = validContent();
		content.order[0]!.body = '<Cite ids="z y" /> <Cite ids="y" />';
		content.order[0]!.data.sources = ['w', 'z'];
		const site = buildSite(content);
		expect(sectionSourceIds(site.sections[0]!, site.milestones)).toEqual(['z', 'y', 'src-a', 'w']);
	});
	it('uniqueInOrder keeps first occurrences', () => {
		expect(uniqueInOrder(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
	});
});

describe('describeBuildError()', () => {
	it('puts the message first, then location and hint, without colour codes or stack', () => {
		const error = Object.assign(new Error('\u001b[31mcontent/x.json: bad\u001b[39m'), {
			loc: { file: 'content/x.json', line: 3 },
			hint: 'Fix the field.',
		});
		expect(describeBuildError(error)).toEqual([
			'Build failed: content/x.json: bad',
			'  at content/x.json:3',
			'  hint: Fix the field.',
		]);
	});
	it('reports a cause the message does not already contain', () => {
		const error = new Error('outer', { cause: new Error('inner detail') });
		expect(describeBuildError(error)).toEqual(['Build failed: outer', '  cause: inner detail']);
	});
	it('handles non-errors', () => {
		expect(describeBuildError('boom')).toEqual(['Build failed: boom']);
	});
	it('drops terminal colour codes from the message', () => {
		expect(describeBuildError(new Error('\u001b[1mbold\u001b[22m field'))).toEqual([
			'Build failed: bold field',
		]);
	});
});

describe('buildAtomically()', () => {
	async function setup() {
		const root = await mkdtemp(join(tmpdir(), 'atomic-'));
		const out = join(root, 'dist');
		await mkdir(out);
		await writeFile(join(out, 'old.html'), 'old');
		return { root, out, tmp: join(root, '.build-tmp') };
	}

	it('replaces the output directory only after a successful build', async () => {
		const { root, out, tmp } = await setup();
		await buildAtomically(out, tmp, async (dir) => {
			await mkdir(dir, { recursive: true });
			await writeFile(join(dir, 'index.html'), 'new');
		});
		expect(await readdir(out)).toEqual(['index.html']);
		expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('new');
		expect(await readdir(root)).toEqual(['dist']);
	});

	it('leaves no output at all when the build fails half-way', async () => {
		const { root, out, tmp } = await setup();
		const failing = buildAtomically(out, tmp, async (dir) => {
			await mkdir(dir, { recursive: true });
			await writeFile(join(dir, 'half.html'), 'half');
			throw new Error('content/x.json: bad');
		});
		await expect(failing).rejects.toThrow('content/x.json: bad');
		expect(await readdir(root)).toEqual([]);
	});
});

describe('describeBuildError() cleaning', () => {
	it('drops Markdown emphasis, stack frames embedded in the message and zero positions', () => {
		const error = Object.assign(
			new Error(
				'**sources → a** does not match.\n[plugin mdx] x.mdx:3:1\n    at handler (file:///n/plugin.js:64:17)\n    at async plugin (file:///n/r.mjs:1:2)',
			),
			{ loc: { file: `${process.cwd()}/content/sources/sources.json`, line: 0, column: 0 } },
		);
		expect(describeBuildError(error)).toEqual([
			'Build failed: sources → a does not match.\n[plugin mdx] x.mdx:3:1',
			'  at content/sources/sources.json',
		]);
	});
});

describe('truncate()', () => {
	it('keeps short text, cuts long text at a word with an ellipsis, never ending in a space', () => {
		expect(truncate('  short   text ', 20)).toBe('short text');
		expect(truncate('one two three four five', 12)).toBe('one two…');
		expect(truncate('Alpha, beta gamma', 13)).toBe('Alpha, beta…');
		expect(truncate('abcdefghijklmnop', 8)).toBe('abcdefg…');
		expect(truncate('x'.repeat(300), 200)).toHaveLength(200);
	});
});

describe('fitTitle()', () => {
	it('keeps a short title whole', () => {
		expect(fitTitle('Timeline', 'EO 14409 Tracker')).toBe('Timeline · EO 14409 Tracker');
	});

	it('cuts a long title so the whole is at most 70 characters as written in HTML', () => {
		const full = fitTitle(
			'Wilson Sonsini Goodrich & Rosati (Data Advisor): the order’s “section 2” explained',
			'EO 14409 Tracker',
		);
		expect(full.endsWith('… · EO 14409 Tracker')).toBe(true);
		expect(full.replace(/['"&<>]/g, '12345').length).toBeLessThanOrEqual(70);
		expect(full.startsWith('Wilson Sonsini')).toBe(true);
	});
});
