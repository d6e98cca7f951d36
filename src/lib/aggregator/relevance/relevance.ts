/**
 * The relevance step: which rules of `content/feeds/relevance.json` an item's title and summary
 * match. A match is the visible reason an item was kept.
 */
import type { Topic } from '../../schemas/feed.ts';
import type { Match } from '../../schemas/news.ts';
import type { RelevanceRule } from '../../schemas/relevance.ts';
import { foldText } from '../normalize/fold-text.ts';

/** The text of one item that rules are matched against. */
export interface RelevanceText {
	title: string;
	summary: string | null;
}

// A phrase matches only as whole words: no letter, digit or underscore may touch either end.
const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_])';
const patterns = new Map<string, RegExp>();

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A phrase's words joined so that any run of spaces or hyphens separates them. */
function patternOf(phrase: string): RegExp {
	let pattern = patterns.get(phrase);
	if (pattern === undefined) {
		const words = foldText(phrase)
			.split(/[\s-]+/)
			.filter(Boolean)
			.map(escapeRegExp);
		pattern = new RegExp(`${BEFORE}${words.join('[\\s-]+')}${AFTER}`, 'iu');
		patterns.set(phrase, pattern);
	}
	return pattern;
}

function firstPhraseIn(phrases: readonly string[], text: string): string | undefined {
	return phrases.find((phrase) => patternOf(phrase).test(text));
}

/**
 * Matches `rules` against `text`: case-insensitive, whole words, after folding (NFKC, quotes,
 * dashes, spaces). A rule matches when one of its phrases appears and, if it has `requires`, one of
 * those appears too (in either field). Records one match per rule, the first phrase found in the
 * title or else the first found in the summary. Returns the matches sorted by rule id; empty when
 * nothing matches.
 */
export function matchRules(text: RelevanceText, rules: readonly RelevanceRule[]): Match[] {
	const title = foldText(text.title);
	const summary = text.summary === null ? '' : foldText(text.summary);
	const matches: Match[] = [];
	for (const rule of rules) {
		const requires = rule.requires;
		if (
			requires !== undefined &&
			firstPhraseIn(requires, title) === undefined &&
			firstPhraseIn(requires, summary) === undefined
		) {
			continue;
		}
		const inTitle = firstPhraseIn(rule.phrases, title);
		const inSummary = inTitle === undefined ? firstPhraseIn(rule.phrases, summary) : undefined;
		if (inTitle !== undefined) {
			matches.push({ rule: rule.id, topic: rule.topic, phrase: inTitle, field: 'title' });
		} else if (inSummary !== undefined) {
			matches.push({ rule: rule.id, topic: rule.topic, phrase: inSummary, field: 'summary' });
		}
	}
	return matches.sort(byRule);
}

/** Orders matches by rule id, the one order every step uses. */
export function byRule(a: Match, b: Match): number {
	return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}

/** The distinct topics of `matches`, sorted. */
export function topicsOf(matches: readonly Match[]): Topic[] {
	return [...new Set(matches.map((match) => match.topic))].sort();
}

/** The distinct milestone ids of the rules behind `matches`, sorted; unknown rules add none. */
export function milestonesOf(matches: readonly Match[], rules: readonly RelevanceRule[]): string[] {
	const byId = new Map(rules.map((rule) => [rule.id, rule]));
	const ids = matches.flatMap((match) => byId.get(match.rule)?.milestones ?? []);
	return [...new Set(ids)].sort();
}
