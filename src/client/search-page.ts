/**
 * `<search-page>`: runs searches on /search/ as you type. The index manifest, the engine and Fuse
 * are loaded on first use: when the page opens with a query, or when the box is first focused or
 * typed in; each query then fetches only the index files it reads. Older news, when the store is
 * large, is in shards the reader can choose to search too. Query, type and sort live in the URL. Every piece of text is
 * inserted as text (never as HTML), so a query cannot inject markup.
 */
import { snippet, segments, type Segment } from '../lib/search/highlight.ts';
import type { Engine } from '../lib/search/engine.ts';
import type { IndexManifest } from '../lib/search/index-files.ts';
import type { SearchOutcome } from '../lib/search/query.ts';
import { RECORD_TYPES, type RecordType } from '../lib/search/record-types.ts';
import type { ShardRef } from '../lib/search/shards.ts';

/** Singular labels for one result's kind. */
const TYPE_ONE: Readonly<Record<RecordType, string>> = {
	section: 'Order text',
	milestone: 'Requirement',
	agency: 'Agency',
	source: 'Source',
	claim: 'Claim',
	event: 'Event',
	news: 'News',
};

const DEBOUNCE_MS = 150;
const LIMIT = 100;
/** Results ranked at first, and added by each press of "More results". */
const STEP = 20;

function fragment(parts: Segment[]): DocumentFragment {
	const out = document.createDocumentFragment();
	for (const part of parts) {
		if (part.mark) {
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			out.append(mark);
		} else out.append(part.text);
	}
	return out;
}

class SearchPage extends HTMLElement {
	#engine: Promise<Engine> | null = null;
	/** The shards of older news not searched yet. */
	#shards: ShardRef[] = [];
	/** How many of the best candidates the current query ranks. */
	#ranked = STEP;
	#seq = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#input!: HTMLInputElement;
	#sort!: HTMLSelectElement;
	#results!: HTMLOListElement;
	#status!: HTMLElement;

	connectedCallback() {
		this.#input = this.querySelector<HTMLInputElement>('#search-q')!;
		this.#sort = this.querySelector<HTMLSelectElement>('#search-sort')!;
		this.#results = this.querySelector<HTMLOListElement>('.results')!;
		this.#status = this.querySelector<HTMLElement>('.status')!;
		const types = this.querySelector<HTMLFieldSetElement>('.types')!;
		types.disabled = false;
		this.#sort.disabled = false;

		const form = this.querySelector('form')!;
		const older = this.querySelector<HTMLButtonElement>('.older button')!;
		older.addEventListener('click', () => void this.#loadOlder(older));
		this.querySelector('.more button')!.addEventListener('click', () => void this.#more());
		form.addEventListener('submit', (e) => {
			e.preventDefault();
			this.#search(true);
		});
		this.#input.addEventListener('focus', () => void this.#load(), { once: true });
		this.#input.addEventListener('input', () => {
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => this.#search(false), DEBOUNCE_MS);
		});
		form.addEventListener('change', (e) => {
			if ((e.target as Element).matches('input[name="type"], select')) this.#search(true);
		});
		this.#input.addEventListener('keydown', (e) => this.#onInputKey(e));
		this.#results.addEventListener('keydown', (e) => this.#onResultsKey(e));
		document.addEventListener('keydown', (e) => {
			const target = e.target as HTMLElement;
			if (e.key === '/' && !target.closest('input, textarea, select, [contenteditable]')) {
				e.preventDefault();
				this.#input.focus();
				this.#input.select();
			}
		});
		window.addEventListener('popstate', () => this.#fromUrl());
		this.#fromUrl();
	}

	/** Fetches a site-relative JSON file of the index. */
	async #fetchJson(path: string): Promise<unknown> {
		const base = (this.dataset['base'] ?? '/').replace(/\/$/, '');
		const response = await fetch(`${base}${path}`);
		if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
		return response.json();
	}

	/**
	 * Loads Fuse, the engine and the main manifest once (later calls share the promise; a failure
	 * lets the next call try again). The load and each query (with the index files it fetches) are
	 * timed with the User Timing API (`search-load`, `search-query`).
	 */
	#load() {
		this.#engine ??= (async () => {
			performance.mark('search-load-start');
			const [{ default: FuseClass }, { createEngine }, response] = await Promise.all([
				import('fuse.js'),
				import('../lib/search/engine.ts'),
				fetch(this.dataset['index']!),
			]);
			if (!response.ok) throw new Error(`Search index: HTTP ${response.status}`);
			const main = (await response.json()) as IndexManifest & { shards?: ShardRef[] };
			this.#shards = main.shards ?? [];
			const engine = createEngine(FuseClass, (path) => this.#fetchJson(path), main);
			performance.measure('search-load', 'search-load-start');
			return engine;
		})();
		this.#engine.catch(() => (this.#engine = null));
		return this.#engine;
	}

	/** Loads the manifest of every shard of older news, one after another, then searches everything again. */
	async #loadOlder(button: HTMLButtonElement) {
		const shards = this.#shards;
		if (shards.length === 0 || !this.#engine) return;
		const engine = await this.#engine;
		button.disabled = true;
		const manifests: IndexManifest[] = [];
		try {
			for (const [i, shard] of shards.entries()) {
				this.#status.textContent = `Loading older news: file ${i + 1} of ${shards.length}…`;
				manifests.push((await this.#fetchJson(shard.path)) as IndexManifest);
			}
		} catch {
			button.disabled = false;
			this.#status.textContent = 'Older news could not be loaded. Try again.';
			return;
		}
		for (const manifest of manifests) engine.addPart(manifest);
		this.#shards = [];
		this.#showOlder(engine);
		await this.#search(false, false);
	}

	/** Offers the older news when some is not loaded yet, saying how much. */
	#showOlder(engine: Engine) {
		const more = this.querySelector<HTMLElement>('.older')!;
		const count = this.#shards.reduce((n, s) => n + s.records, 0);
		more.hidden = count === 0 || !this.#input.value.trim();
		if (count === 0) return;
		const loaded = engine.count('news');
		more.querySelector('span')!.textContent =
			`These results include the newest ${loaded.toLocaleString('en-US')} news items. `;
		more.querySelector('button')!.textContent =
			`Also search the ${count.toLocaleString('en-US')} older ones`;
	}

	#type(): RecordType | null {
		const value = this.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value ?? '';
		return (RECORD_TYPES as readonly string[]).includes(value) ? (value as RecordType) : null;
	}

	#fromUrl() {
		const params = new URLSearchParams(location.search);
		this.#input.value = params.get('q') ?? '';
		const type = params.get('type') ?? '';
		for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="type"]')) {
			radio.checked =
				radio.value === ((RECORD_TYPES as readonly string[]).includes(type) ? type : '');
		}
		this.#sort.value = params.get('sort') === 'date' ? 'date' : 'relevance';
		if (this.#input.value.trim()) void this.#search(false, false);
		else this.#clear(false);
	}

	#writeUrl(push: boolean) {
		const params = new URLSearchParams();
		const q = this.#input.value.trim();
		if (q) params.set('q', q);
		const type = this.#type();
		if (type) params.set('type', type);
		if (this.#sort.value === 'date') params.set('sort', 'date');
		const query = params.toString();
		const url = `${location.pathname}${query ? `?${query}` : ''}`;
		if (url === `${location.pathname}${location.search}`) return;
		if (push) history.pushState(null, '', url);
		else history.replaceState(null, '', url);
	}

	/** Ranks and shows the next results of the current query, and moves focus to the first of them. */
	async #more() {
		const shown = this.#links().length;
		this.#ranked = Math.min(LIMIT, this.#ranked + STEP);
		await this.#search(false, false, true);
		this.#links()[shown]?.focus();
	}

	/** Runs the current query; results of a query overtaken by a newer one are dropped. */
	async #search(push: boolean, writeUrl = true, more = false) {
		const id = ++this.#seq;
		if (!more) this.#ranked = STEP;
		const q = this.#input.value.trim();
		if (writeUrl) this.#writeUrl(push);
		if (!q) {
			this.#clear(true);
			return;
		}
		let engine: Engine;
		let outcome: SearchOutcome;
		try {
			engine = await this.#load();
			if (id !== this.#seq) return;
			const sort = this.#sort.value === 'date' ? 'date' : 'relevance';
			const started = performance.now();
			const options = { type: this.#type(), sort, limit: LIMIT, ranked: this.#ranked } as const;
			outcome = await engine.search(q, options);
			performance.measure('search-query', { start: started, end: performance.now() });
		} catch {
			if (id === this.#seq) this.#status.textContent = 'Search could not load. Try again.';
			return;
		}
		if (id !== this.#seq) return;
		this.#render(outcome, q);
		this.#showOlder(engine);
	}

	#clear(announce: boolean) {
		this.#results.replaceChildren();
		this.querySelector<HTMLElement>('.suggest')!.hidden = true;
		this.querySelector<HTMLElement>('.older')!.hidden = true;
		this.querySelector<HTMLElement>('.more')!.hidden = true;
		this.#status.textContent = announce ? 'Search cleared.' : '';
		this.#counts(null);
	}

	#counts(outcome: SearchOutcome | null) {
		for (const radio of this.querySelectorAll<HTMLInputElement>('.types input[name="type"]')) {
			const type = radio.value as RecordType | '';
			const n = outcome ? (type ? outcome.counts[type] : outcome.total) : null;
			const count = radio.parentElement!.querySelector('.n')!;
			count.textContent = n === null ? '' : ` (${n})`;
		}
	}

	#render(outcome: SearchOutcome, q: string) {
		const base = this.dataset['base'] ?? '/';
		const items = outcome.hits.map((hit) => {
			const li = document.createElement('li');
			const a = document.createElement('a');
			a.href = `${base.replace(/\/$/, '')}${hit.record.url}`;
			a.append(fragment(segments(hit.record.title, hit.title)));
			const r = hit.record;
			const meta = document.createElement('span');
			meta.className = 'meta';
			meta.textContent = [TYPE_ONE[r.type], r.by, r.when, r.status ? `Status: ${r.status}` : null]
				.filter(Boolean)
				.join(' · ');
			const p = document.createElement('p');
			p.append(fragment(snippet(r.text, hit.text)));
			li.append(meta, a, p);
			if (r.grade) {
				const grade = document.createElement('span');
				grade.className = 'grade';
				grade.textContent = `Confidence: ${r.grade}`;
				li.append(grade);
			}
			return li;
		});
		this.#results.replaceChildren(...items);
		this.#counts(outcome);
		const shown = outcome.hits.length;
		const type = this.#type();
		const available = type ? outcome.counts[type] : outcome.total;
		const most = Math.min(available, LIMIT);
		this.querySelector<HTMLElement>('.more')!.hidden = shown >= most || this.#ranked >= most;
		this.querySelector<HTMLElement>('.suggest')!.hidden = outcome.total > 0;
		this.#status.textContent =
			outcome.total === 0
				? `No results for “${q}”.`
				: `${outcome.total} ${outcome.total === 1 ? 'result' : 'results'}${
						shown < outcome.total ? `, ${shown} shown` : ''
					}.`;
	}

	#links(): HTMLAnchorElement[] {
		return [...this.#results.querySelectorAll<HTMLAnchorElement>('a')];
	}

	#onInputKey(e: KeyboardEvent) {
		if (e.key === 'ArrowDown') {
			const first = this.#links()[0];
			if (first) {
				e.preventDefault();
				first.focus();
			}
		} else if (e.key === 'Escape') {
			e.preventDefault();
			this.#input.value = '';
			void this.#search(true);
		}
	}

	#onResultsKey(e: KeyboardEvent) {
		const links = this.#links();
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (at === -1) return;
		if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
			e.preventDefault();
			const next = at + (e.key === 'ArrowDown' ? 1 : -1);
			if (next < 0) this.#input.focus();
			else links[Math.min(next, links.length - 1)]!.focus();
		} else if (e.key === 'Escape') {
			e.preventDefault();
			this.#input.focus();
		}
	}
}

customElements.define('search-page', SearchPage);
