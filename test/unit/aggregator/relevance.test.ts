import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/lib/aggregator/normalize/fold-text.ts';
import {
	matchRules,
	milestonesOf,
	topicsOf,
} from '../../../src/lib/aggregator/relevance/relevance.ts';
import type { Match } from '../../../src/lib/schemas/news.ts';
import { relevanceRuleSchema, type RelevanceRule } from '../../../src/lib/schemas/relevance.ts';
import {
	ContentFileError,
	parseJsonArray,
	validateEntries,
} from '../../../src/lib/content/validate.ts';

const RULES_FILE = new URL('../../../content/feeds/relevance.json', import.meta.url);
const MILESTONES_DIR = new URL('../../../content/milestones/', import.meta.url);
const RULES = 'content/feeds/relevance.json';
const rules = validateEntries(
	parseJsonArray(await readFile(RULES_FILE, 'utf8'), RULES),
	relevanceRuleSchema,
	RULES,
);

function rule(id: string): RelevanceRule {
	const found = rules.find((candidate) => candidate.id === id);
	if (found === undefined) throw new Error(`no rule "${id}" in the rules file`);
	return found;
}

interface Case {
	title: string;
	summary?: string;
	phrase: string;
	field: Match['field'];
}

// One realistic sentence per rule (and some typographic variants), with the phrase it must record.
const hits: Record<string, Case[]> = {
	'order-title': [
		{
			title:
				'Fact Sheet: President Donald J. Trump Promotes Advanced Artificial Intelligence Innovation and Security',
			phrase: 'Promotes Advanced Artificial Intelligence Innovation and Security',
			field: 'title',
		},
		{
			title: 'Executive order signed',
			summary:
				'The order, \u201cPromoting Advanced Artificial Intelligence Innovation and Security,\u201d was signed on June 2.',
			phrase: 'Promoting Advanced Artificial Intelligence Innovation and Security',
			field: 'summary',
		},
	],
	'order-number': [
		{ title: 'What EO 14409 asks of CISA', phrase: 'EO 14409', field: 'title' },
		{ title: 'Deadlines under the order (EO 14409)', phrase: 'EO 14409', field: 'title' },
		{ title: 'Sixty days of EO 14409.', phrase: 'EO 14409', field: 'title' },
		{ title: 'A note on EO\u201114409 deadlines', phrase: 'EO 14409', field: 'title' },
		{
			title: 'Implementing Executive\u00a0Order\u00a014409',
			phrase: 'Executive Order 14409',
			field: 'title',
		},
		{ title: 'Decoding E.O. 14409, part 2', phrase: 'E.O. 14409', field: 'title' },
	],
	'order-federal-register': [
		{
			title: 'Presidential documents',
			summary: 'Published at 91 FR 34565 (FR Doc. 2026\u201311415).',
			phrase: '91 FR 34565',
			field: 'summary',
		},
	],
	'covered-frontier-model': [
		{
			title: 'NSA has yet to designate any covered frontier model',
			phrase: 'covered frontier model',
			field: 'title',
		},
		{
			title: 'Access to covered frontier models for rural hospitals',
			phrase: 'covered frontier models',
			field: 'title',
		},
	],
	'ai-clearinghouse': [
		{
			title: 'Treasury forms an AI cybersecurity clearinghouse',
			phrase: 'AI cybersecurity clearinghouse',
			field: 'title',
		},
		{
			title: "Treasury's clearinghouse will coordinate patches",
			summary: 'Flaws found by artificial intelligence go to one place.',
			phrase: 'clearinghouse',
			field: 'title',
		},
	],
	'gold-eagle': [
		{
			title:
				'White House launches Gold Eagle initiative for cybersecurity vulnerability coordination',
			phrase: 'GOLD EAGLE',
			field: 'title',
		},
	],
	'bod-26-04': [
		{ title: 'CISA issues BOD 26\u201304', phrase: 'BOD 26-04', field: 'title' },
		{
			title: 'New directive',
			summary: 'Prioritizing Security Updates Based on Risk replaces two older directives.',
			phrase: 'Prioritizing Security Updates Based on Risk',
			field: 'summary',
		},
	],
	'bod-with-ai': [
		{
			title: 'CISA weighs a binding operational directive on AI systems',
			phrase: 'binding operational directive',
			field: 'title',
		},
	],
	'ai-defensive-tools': [
		{
			title: 'CISA programme to enhance AI\u2010enabled defensive tools',
			phrase: 'AI-enabled defensive tools',
			field: 'title',
		},
	],
	'ai-vulnerability-funding': [
		{
			title: 'OMB reviews grant funding for advanced AI vulnerability detection',
			phrase: 'AI vulnerability detection',
			field: 'title',
		},
	],
	'classified-benchmarking': [
		{
			title: "NSA's classified benchmarking process is due August 1",
			phrase: 'classified benchmarking',
			field: 'title',
		},
	],
	'voluntary-framework': [
		{
			title: 'White House shows companies a voluntary framework for frontier models',
			phrase: 'voluntary framework',
			field: 'title',
		},
		{
			title: 'Labs weigh giving the government pre\u2011release access',
			summary: 'The offer covers frontier AI systems.',
			phrase: 'pre-release access',
			field: 'title',
		},
	],
	'caisi-pre-deployment': [
		{
			title: 'CAISI signs pre-deployment evaluation agreements with three labs',
			phrase: 'CAISI',
			field: 'title',
		},
	],
	'opm-cyber-pathways': [
		{
			title: 'OPM expands Federal cybersecurity hiring and placement pathways',
			phrase: 'hiring and placement pathways',
			field: 'title',
		},
	],
	'tech-force-ai': [
		{ title: 'Tech Force adds AI security roles', phrase: 'Tech Force', field: 'title' },
	],
	'ai-computer-crime': [
		{
			title: 'Man charged with using AI agents to break into servers',
			summary: 'Prosecutors cite 18 U.S.C. \u00a7 1030.',
			phrase: '18 U.S.C. § 1030',
			field: 'summary',
		},
		{
			title: 'Justice Department makes AI-enabled computer crime a priority',
			phrase: 'computer crime',
			field: 'title',
		},
	],
	'congress-ai-risk-evaluation-act': [
		{
			title: 'Hawley renews push for the Artificial Intelligence Risk Evaluation Act',
			phrase: 'Artificial Intelligence Risk Evaluation Act',
			field: 'title',
		},
		{ title: 'Where S. 2938 stands', phrase: 'S. 2938', field: 'title' },
	],
	'congress-great-american-ai-act': [
		{
			title: 'Obernolte and Trahan release Great American AI Act draft',
			phrase: 'Great American AI Act',
			field: 'title',
		},
	],
	'industry-mythos-glasswing': [
		{
			title: 'Anthropic opens Claude Mythos Preview to 200 organizations',
			phrase: 'Claude Mythos',
			field: 'title',
		},
		{ title: 'Inside Project Glasswing', phrase: 'Project Glasswing', field: 'title' },
	],
};

// Sentences that look close to a rule but must not match it.
const misses: Array<[string, string, string | null]> = [
	['order-title', 'Promoting Advanced Artificial Intelligence', null],
	['order-number', 'EO 144090 is a different order', null],
	['order-number', 'Form EO 114409 filed', null],
	['order-number', 'Order 14409', 'A different numbering, no executive order named'],
	['order-federal-register', 'See 91 FR 345650', null],
	['covered-frontier-model', 'Frontier models covered by the agreement', null],
	['ai-clearinghouse', 'The clearinghouse said claims are paid', null],
	['ai-clearinghouse', 'An AIDS clearinghouse opens', null],
	['gold-eagle', 'Mint releases the 2026 American Gold Eagle proof coin', null],
	['bod-26-04', 'CISA issues BOD 26-05', null],
	['bod-26-04', 'Item BOD 26-040', null],
	['bod-with-ai', 'A binding operational directive on email security, the agency said', null],
	['ai-defensive-tools', 'An AI-enabled defensive tool', null],
	['ai-vulnerability-funding', 'AI vulnerability report', null],
	['classified-benchmarking', 'Classified benchmarked results', null],
	['voluntary-framework', 'A voluntary framework for data brokers', null],
	['voluntary-framework', 'Early access to the new game', 'Trusted partners get it first.'],
	['caisi-pre-deployment', 'CAISI publishes a report on agent hijacking', null],
	['opm-cyber-pathways', 'OPM expands hiring pathways', null],
	['tech-force-ai', 'Tech Force hiring fair, the agency said', null],
	['ai-computer-crime', 'Man sentenced for computer crimes under 18 U.S.C. 1030', null],
	['ai-computer-crime', 'AI firm cites 18 U.S.C. 10300', null],
	['congress-ai-risk-evaluation-act', 'S. 29380 introduced', null],
	['congress-great-american-ai-act', 'Great American AI debate', null],
	['industry-mythos-glasswing', 'The Greek mythos of Prometheus', 'A preview of the exhibition.'],
];

const hitCases = Object.entries(hits).flatMap(([id, cases]) =>
	cases.map((hit) => ({ id, ...hit })),
);

describe('content/feeds/relevance.json', () => {
	it('validates against the rules schema', () => {
		expect(rules.length).toBeGreaterThan(0);
	});

	it('names only milestones that exist', async () => {
		const files = await readdir(MILESTONES_DIR);
		const known = new Set(files.map((file) => file.replace(/\.json$/, '')));
		const unknown = rules.flatMap((r) => r.milestones.filter((id) => !known.has(id)));
		expect(unknown).toEqual([]);
	});

	it('has a realistic matching sentence in this file for every rule', () => {
		expect(Object.keys(hits).sort()).toEqual(rules.map((r) => r.id).sort());
	});
});

describe('the rules file', () => {
	it('refuses two rules with the same id, naming the entry', () => {
		const twice = [rules[0], rules[1], rules[0]];
		const error = (() => {
			try {
				validateEntries(twice, relevanceRuleSchema, RULES);
				return undefined;
			} catch (caught) {
				return caught;
			}
		})();
		expect(error).toBeInstanceOf(ContentFileError);
		expect((error as ContentFileError).problems).toEqual([
			{ file: RULES, index: 2, entry: rules[0]!.id, field: 'id', message: 'duplicates entry [0]' },
		]);
	});
});

describe('matchRules() on a realistic item', () => {
	it.each(hitCases)('rule $id records "$phrase" in the $field for "$title"', (hit) => {
		const matches = matchRules({ title: hit.title, summary: hit.summary ?? null }, rules);
		const match = matches.find((m) => m.rule === hit.id);
		expect(match).toEqual({
			rule: hit.id,
			topic: rule(hit.id).topic,
			phrase: hit.phrase,
			field: hit.field,
		});
	});
});

describe('matchRules() on a near miss', () => {
	it.each(misses)('rule %s does not match "%s"', (id, title, summary) => {
		expect(matchRules({ title, summary }, [rule(id)])).toEqual([]);
	});
});

describe('matchRules() behaviour', () => {
	const a: RelevanceRule = {
		id: 'a-rule',
		topic: 'order',
		phrases: ['first phrase', 'second phrase'],
		milestones: ['m-2', 'm-1'],
		note: 'test',
	};
	const b: RelevanceRule = {
		id: 'b-rule',
		topic: 'congress',
		phrases: ['bill'],
		requires: ['AI'],
		milestones: ['m-1'],
		note: 'test',
	};

	it('prefers a phrase in the title over an earlier-listed one in the summary', () => {
		const matches = matchRules({ title: 'The second phrase', summary: 'The first phrase' }, [a]);
		expect(matches).toEqual([
			{ rule: 'a-rule', topic: 'order', phrase: 'second phrase', field: 'title' },
		]);
	});

	it('records one match per rule even when several phrases appear', () => {
		const text = { title: 'first phrase and second phrase', summary: 'first phrase' };
		expect(matchRules(text, [a])).toHaveLength(1);
	});

	it('accepts a required word from the other field, and nothing without it', () => {
		expect(matchRules({ title: 'A bill', summary: 'It concerns AI.' }, [b])).toHaveLength(1);
		expect(matchRules({ title: 'A bill', summary: 'It concerns mail.' }, [b])).toEqual([]);
		expect(matchRules({ title: 'A bill', summary: null }, [b])).toEqual([]);
	});

	it('returns the same matches, sorted by rule id, whatever the order of the rules', () => {
		const text = { title: 'An AI bill and a first phrase', summary: null };
		const forward = matchRules(text, [a, b]);
		expect(forward.map((m) => m.rule)).toEqual(['a-rule', 'b-rule']);
		expect(matchRules(text, [b, a])).toEqual(forward);
	});

	it('matches across curly quotes, dashes, full-width forms and non-breaking spaces', () => {
		const c: RelevanceRule = { ...a, phrases: ['the order\'s "first-phrase"'] };
		const title = 'On THE ORDER\u2019S \u201cFIRST\u2014PHRASE\u201d';
		expect(matchRules({ title, summary: null }, [c])).toHaveLength(1);
		expect(matchRules({ title: '\uff21\uff29 bill', summary: null }, [b])).toHaveLength(1);
	});
});

describe('topicsOf() and milestonesOf()', () => {
	const matches: Match[] = [
		{ rule: 'covered-frontier-model', topic: 'benchmark-framework', phrase: 'x', field: 'title' },
		{ rule: 'gold-eagle', topic: 'clearinghouse', phrase: 'x', field: 'title' },
		{ rule: 'ai-clearinghouse', topic: 'clearinghouse', phrase: 'x', field: 'summary' },
		{ rule: 'no-such-rule', topic: 'order', phrase: 'x', field: 'summary' },
	];

	it('topicsOf() lists each topic once, sorted', () => {
		const topics = topicsOf(matches);
		expect(topics).toEqual([...new Set(matches.map((m) => m.topic))].sort());
		expect(new Set(topics).size).toBe(topics.length);
	});

	it('milestonesOf() unions the rules\u2019 milestones once each, sorted, ignoring unknown rules', () => {
		const expected = [
			...new Set([
				...rule('covered-frontier-model').milestones,
				...rule('gold-eagle').milestones,
				...rule('ai-clearinghouse').milestones,
			]),
		].sort();
		expect(milestonesOf(matches, rules)).toEqual(expected);
		expect(milestonesOf([], rules)).toEqual([]);
	});
});

describe('foldText()', () => {
	it.each([
		['\u201cquoted\u201d \u2018x\u2019', '"quoted" \'x\''],
		['a\u2013b\u2014c\u2212d\u2011e', 'a-b-c-d-e'],
		['  a\u00a0\u202f b\u2003c\t\n', 'a b c'],
		['in\u00advisi\u200bble', 'invisible'],
		['\uff25\uff2f\u3000\uff11\uff14\uff14\uff10\uff19', 'EO 14409'],
	])('folds %j to %j', (input, output) => {
		expect(foldText(input)).toBe(output);
	});
});
