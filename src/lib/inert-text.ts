/**
 * Plain text that stays text wherever it lands, including where a reader renders it as HTML: many
 * feed readers render RSS and JSON Feed titles as HTML although both formats define them as text,
 * and some do the same with JSON Feed's `content_text`. An HTML parser reads '<' as the start of
 * markup only when a letter, '/', '!' or '?' follows it (a tag, an end tag, a comment or
 * declaration, a processing instruction); each such '<' becomes '‹' (U+2039), which reads the
 * same and opens nothing. Every other character is kept: each output still escapes for its own
 * format where it is written.
 */
export function inertText(text: string): string {
	return text.replace(MARKUP_START, '\u2039');
}

const MARKUP_START = /<(?=[A-Za-z/!?])/g;
