/**
 * The site's own prose, read from the committed content for checks over the real text: each item
 * is one field (or one cited stretch of an MDX page) with the sources it is attributed to.
 */
import { readFileSync, readdirSync } from 'node:fs';

const root = new URL('../../', import.meta.url);

/** One stretch of our prose. */
export interface ProseItem {
	file: string;
	entry: string;
	field: string;
	text: string;
	/** Source ids the stretch is attributed to (its citations); empty when none. */
	sources: string[];
	/** True when the text paraphrases what one source says (a claim position's `says`). */
	reported: boolean;
}

function read(path: string): string {
	return readFileSync(new URL(path, root), 'utf8');
}

function json<T>(path: string): T[] {
	return JSON.parse(read(path)) as T[];
}

const CITE = /<Cite\s+ids=(?:"([^"]*)"|\{[^}]*\})\s*\/>/g;

/**
 * An MDX body as cited stretches: within a paragraph or list item, the text before each `<Cite>`
 * back to the previous one is attributed to the ids it names. `<Quote>` blocks (the order's words)
 * are left out.
 */
function mdxStretches(body: string): Array<{ text: string; sources: string[]; line: number }> {
	const out: Array<{ text: string; sources: string[]; line: number }> = [];
	const noQuotes = body.replace(/<Quote\b[\s\S]*?<\/Quote>/g, (q) => q.replace(/[^\n]/g, ' '));
	let offset = 0;
	for (const block of noQuotes.split(/\n(?=\s*\n|\s*[-*] |\s*\d+\. )/)) {
		let last = 0;
		const line = noQuotes.slice(0, offset).split('\n').length;
		for (const cite of block.matchAll(CITE)) {
			const ids = (cite[1] ?? '').split(/\s+/).filter(Boolean);
			out.push({ text: block.slice(last, cite.index), sources: ids, line });
			last = (cite.index ?? 0) + cite[0].length;
		}
		const rest = block.slice(last);
		if (rest.trim() !== '') out.push({ text: rest, sources: [], line });
		offset += block.length + 1;
	}
	return out;
}

function frontmatterAndBody(text: string): { front: string; body: string } {
	const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	return { front: m?.[1] ?? '', body: m?.[2] ?? text };
}

interface ClaimJson {
	id: string;
	short: string;
	question: string;
	orderAnswer?: string;
	explanation: string;
	positions: Array<{ source: string; says?: string }>;
}
interface EventJson {
	id: string;
	title: string;
	summary: string;
	sources: string[];
}
interface SourceJson {
	id: string;
	description?: string;
	summary: string;
	access?: string;
	kind: string;
	supports?: string[];
}
interface MilestoneJson {
	title: string;
	deliverable: string;
	consultedNote?: string;
	evidence: Array<{ note: string; sources: string[] }>;
}

/** Every source record, as committed. */
export function loadSources(): SourceJson[] {
	return json<SourceJson>('content/sources/sources.json');
}

/** Every stretch of our prose in the content and on the home page. */
export function loadOwnProse(): ProseItem[] {
	const items: ProseItem[] = [];
	const push = (
		file: string,
		entry: string,
		field: string,
		text: string,
		sources: string[] = [],
		reported = false,
	) => items.push({ file, entry, field, text, sources, reported });

	const claimsFile = 'content/claims/claims.json';
	for (const c of json<ClaimJson>(claimsFile)) {
		push(claimsFile, c.id, 'short', c.short);
		push(claimsFile, c.id, 'question', c.question);
		if (c.orderAnswer) push(claimsFile, c.id, 'orderAnswer', c.orderAnswer);
		push(claimsFile, c.id, 'explanation', c.explanation);
		c.positions.forEach((p, i) => {
			if (p.says) push(claimsFile, c.id, `positions[${i}].says`, p.says, [p.source], true);
		});
	}
	const eventsFile = 'content/events/events.json';
	for (const e of json<EventJson>(eventsFile)) {
		push(eventsFile, e.id, 'title', e.title, e.sources);
		push(eventsFile, e.id, 'summary', e.summary, e.sources);
	}
	const sourcesFile = 'content/sources/sources.json';
	for (const s of loadSources()) {
		// A description names the work in our words; a summary reports what the source says.
		if (s.description) push(sourcesFile, s.id, 'description', s.description, [s.id]);
		push(sourcesFile, s.id, 'summary', s.summary, [s.id], true);
	}
	const milestonesDir = 'content/milestones/';
	for (const name of readdirSync(new URL(milestonesDir, root)).filter((n) => n.endsWith('.json'))) {
		const file = milestonesDir + name;
		const m = JSON.parse(read(file)) as MilestoneJson;
		push(file, name, 'title', m.title);
		push(file, name, 'deliverable', m.deliverable);
		if (m.consultedNote) push(file, name, 'consultedNote', m.consultedNote);
		m.evidence.forEach((ev, i) => push(file, name, `evidence[${i}].note`, ev.note, ev.sources));
	}
	const orderDir = 'content/order/';
	for (const name of readdirSync(new URL(orderDir, root)).filter((n) => n.endsWith('.mdx'))) {
		const file = orderDir + name;
		const { front, body } = frontmatterAndBody(read(file));
		push(file, name, 'frontmatter', front);
		for (const s of mdxStretches(body)) push(file, name, `body line ${s.line}`, s.text, s.sources);
	}
	const home = 'src/pages/index.astro';
	const { body } = frontmatterAndBody(read(home));
	push(home, 'home', 'template', body.replace(/<style[\s\S]*?<\/style>/g, ''));
	return items;
}
