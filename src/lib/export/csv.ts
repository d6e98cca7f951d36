/**
 * RFC 4180 CSV: comma-separated fields, CRLF line ends, fields quoted when they contain a comma,
 * a quote, CR or LF, and quotes doubled inside quoted fields.
 */

/** One field, quoted only when RFC 4180 requires it. */
export function csvField(value: string | number | boolean | null): string {
	const text = value === null ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: a header row, then one row per record, each line ending in CRLF. */
export function toCsv<T extends Record<string, string | number | boolean | null>>(
	columns: ReadonlyArray<keyof T & string>,
	rows: readonly T[],
): string {
	const line = (fields: ReadonlyArray<string | number | boolean | null>) =>
		`${fields.map(csvField).join(',')}\r\n`;
	return line(columns) + rows.map((row) => line(columns.map((c) => row[c] ?? null))).join('');
}
