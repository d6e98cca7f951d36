/**
 * Finds the ids that an order page's MDX body passes to the citation components, so that a typo
 * in `<Cite ids="…" />`, `<Quote source="…">` or `<TermRef id="…">` fails the build like a typo
 * in frontmatter does.
 */

/** An id found in an MDX body, with its 1-based line number. */
export interface MdxRef {
	id: string;
	line: number;
}

const TAG = /<(Cite|Quote|TermRef)\b([^>]*)>/g;
const ATTR = /\b(ids|source|id)\s*=\s*"([^"]*)"/g;

/** Source ids (from `Cite ids` and `Quote source`) and term ids (from `TermRef id`) in `body`. */
export function mdxReferences(body: string): { sources: MdxRef[]; terms: MdxRef[] } {
	const sources: MdxRef[] = [];
	const terms: MdxRef[] = [];
	for (const tag of body.matchAll(TAG)) {
		const line = body.slice(0, tag.index).split('\n').length;
		for (const attr of (tag[2] ?? '').matchAll(ATTR)) {
			const [, name, value = ''] = attr;
			const list = value.split(/\s+/).filter(Boolean);
			if (tag[1] === 'TermRef' && name === 'id') list.forEach((id) => terms.push({ id, line }));
			else if ((tag[1] === 'Cite' && name === 'ids') || (tag[1] === 'Quote' && name === 'source')) {
				list.forEach((id) => sources.push({ id, line }));
			}
		}
	}
	return { sources, terms };
}

/** A `<Quote>` of the order in an MDX body: its attributes, its words and its 1-based line. */
export interface MdxQuote {
	sub: string;
	source: string;
	/** The `fr` page, when given. */
	fr: number | undefined;
	/** The quoted words, whitespace collapsed. */
	text: string;
	line: number;
}

const QUOTE = /<Quote\b([^>]*)>([\s\S]*?)<\/Quote>/g;
const QUOTE_ATTR = /\b(sub|source|fr)\s*=\s*(?:"([^"]*)"|\{(\d+)\})/g;

/** Every `<Quote sub="…" source="…" fr={…}>…</Quote>` in `body`. */
export function mdxQuotes(body: string): MdxQuote[] {
	return [...body.matchAll(QUOTE)].map((m) => {
		const attrs = new Map(
			[...(m[1] ?? '').matchAll(QUOTE_ATTR)].map((a) => [a[1], a[2] ?? a[3] ?? ''] as const),
		);
		const fr = attrs.get('fr');
		return {
			sub: attrs.get('sub') ?? '',
			source: attrs.get('source') ?? '',
			fr: fr ? Number(fr) : undefined,
			text: (m[2] ?? '').replace(/\s+/g, ' ').trim(),
			line: body.slice(0, m.index).split('\n').length,
		};
	});
}
