import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadOwnProse, type ProseItem } from '../support/own-prose.ts';
import { voiceProblems } from '../support/own-voice.ts';

function item(text: string, reported = false): ProseItem {
	return { file: 'f', entry: 'e', field: 'summary', text, sources: [], reported };
}

/** Text of the site's components and pages (templates and their string literals). */
function componentStrings(): ProseItem[] {
	const root = new URL('../../src/', import.meta.url);
	const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
		/\.(astro|ts)$/.test(f),
	);
	return files.map((file) => {
		const code = readFileSync(new URL(file, root), 'utf8');
		const text = file.endsWith('.astro')
			? code
					.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
					.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ' ')
			: [...code.matchAll(/'([^'\n]*)'|`([^`]*)`/g)].map((m) => m[1] ?? m[2]).join('\n');
		return { ...item(text), file: `src/${file}`, entry: file, field: 'strings' };
	});
}

describe('voiceProblems()', () => {
	it('passes the words inside quotation marks, attributed', () => {
		expect(voiceProblems([item('WSGR calls it a "voluntary pre-release review".')])).toEqual([]);
		expect(
			voiceProblems([item('The Taskforce on Testing Risks of AI for National Security.')]),
		).toEqual([]);
	});

	it('passes a paraphrase of what a source says', () => {
		expect(voiceProblems([item('Says the government will test models.', true)])).toEqual([]);
	});

	it('reports the words in our own voice', () => {
		expect(
			voiceProblems([item('Models are excluded from the voluntary testing program.')]),
		).toMatchObject([{ file: 'f', entry: 'e', field: 'summary', word: 'testing' }]);
		expect(voiceProblems([item('a mandatory review bill')])[0]?.word).toBe('review');
	});
});

describe('the real content', () => {
	it('keeps "testing" and "review" out of our own voice', () => {
		expect(voiceProblems([...loadOwnProse(), ...componentStrings()])).toEqual([]);
	});
});
