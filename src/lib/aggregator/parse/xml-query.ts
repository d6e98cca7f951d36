/** Reading an element tree by namespace URI and local name, and writing parts back as markup. */
import type { XmlElement } from './xml-tree.ts';

/** The element children of `parent` with the given local name in one of the namespaces. */
export function childrenNamed(
	parent: XmlElement | null | undefined,
	uris: string | readonly string[],
	local: string,
): XmlElement[] {
	if (!parent) return [];
	return parent.children.filter((node): node is XmlElement => isNamed(node, uris, local));
}

function isNamed(
	node: XmlElement | string,
	uris: string | readonly string[],
	local: string,
): node is XmlElement {
	return (
		typeof node !== 'string' &&
		node.local === local &&
		(typeof uris === 'string' ? node.uri === uris : uris.includes(node.uri))
	);
}

/** The first such child, or null. */
export function childNamed(
	parent: XmlElement | null | undefined,
	uris: string | readonly string[],
	local: string,
): XmlElement | null {
	if (!parent) return null;
	for (const node of parent.children) if (isNamed(node, uris, local)) return node;
	return null;
}

/** An attribute value (`uri` '' for an attribute without prefix), or null. */
export function attr(element: XmlElement, local: string, uri = ''): string | null {
	return element.attributes.get(`${uri}|${local}`) ?? null;
}

/** All the text inside an element, trimmed; null when there is none. */
export function textOf(element: XmlElement | null | undefined): string | null {
	if (!element) return null;
	const text = collectText(element).trim();
	return text === '' ? null : text;
}

function collectText(element: XmlElement): string {
	const only = element.children[0];
	if (typeof only === 'string' && element.children.length === 1) return only;
	return element.children
		.map((node) => (typeof node === 'string' ? node : collectText(node)))
		.join('');
}

/** True when the element has element children (inline markup rather than text). */
export function hasElementChildren(element: XmlElement): boolean {
	return element.children.some((node) => typeof node !== 'string');
}

/** The children of an element written as markup, text escaped, trimmed; null when empty. */
export function innerMarkup(element: XmlElement | null | undefined): string | null {
	if (!element) return null;
	const markup = element.children
		.map((node) => writeNode(node, true))
		.join('')
		.trim();
	return markup === '' ? null : markup;
}

/** An RSS field's HTML: its text as is, stray inline elements as markup, trimmed; null if empty. */
export function htmlOf(element: XmlElement | null | undefined): string | null {
	if (!element) return null;
	const [only] = element.children;
	if (typeof only === 'string' && element.children.length === 1) return only.trim() || null;
	const html = element.children
		.map((node) => writeNode(node, false))
		.join('')
		.trim();
	return html === '' ? null : html;
}

/** Escapes text for inclusion in HTML. */
export function escapeHtml(text: string): string {
	if (!HTML_SPECIAL.test(text)) return text;
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const HTML_SPECIAL = /[&<>]/;

function writeNode(node: string | XmlElement, escapeText: boolean): string {
	if (typeof node === 'string') return escapeText ? escapeHtml(node) : node;
	const attributes = [...node.attributes]
		.filter(([key]) => key.startsWith('|'))
		.map(([key, value]) => ` ${key.slice(1)}="${escapeHtml(value).replace(/"/g, '&quot;')}"`)
		.join('');
	const inner = node.children.map((child) => writeNode(child, escapeText)).join('');
	return `<${node.local}${attributes}>${inner}</${node.local}>`;
}
