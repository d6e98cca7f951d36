/**
 * RFC 5545 iCalendar: all-day events (DTSTART;VALUE=DATE with an exclusive DTEND the next day),
 * TEXT values escaped, lines folded at 75 octets, CRLF line ends.
 */
import { addDays, type IsoDay } from '../dates.ts';

/** One all-day event. */
export interface IcsEvent {
	/** Globally unique and stable across builds, e.g. `milestone-2d@host`. */
	uid: string;
	day: IsoDay;
	summary: string;
	description: string;
	url: string;
	categories: string[];
	/** Revision of the event (RFC 5545 SEQUENCE): increases whenever its description changes. */
	sequence?: number;
}

/** Escapes a TEXT value: backslash, semicolon, comma and newline. */
export function escapeText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r?\n/g, '\\n');
}

/** Folds a content line so no line exceeds 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = Buffer.byteLength(char);
		const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const basicDate = (day: IsoDay) => day.replace(/-/g, '');

/**
 * A VCALENDAR with one VEVENT per event. `stamp` is the DTSTAMP instant (UTC, e.g. the build
 * day at 00:00), passed in so output is reproducible.
 */
export function toIcs(
	calendar: { name: string; prodId: string; stamp: IsoDay },
	events: readonly IcsEvent[],
): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${calendar.prodId}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(calendar.name)}`,
		'X-WR-TIMEZONE:UTC',
	];
	for (const e of events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${e.uid}`,
			`DTSTAMP:${basicDate(calendar.stamp)}T000000Z`,
			...(e.sequence === undefined ? [] : [`SEQUENCE:${e.sequence}`]),
			`DTSTART;VALUE=DATE:${basicDate(e.day)}`,
			`DTEND;VALUE=DATE:${basicDate(addDays(e.day, 1))}`,
			`SUMMARY:${escapeText(e.summary)}`,
			`DESCRIPTION:${escapeText(e.description)}`,
			`URL:${e.url}`,
			`CATEGORIES:${e.categories.map(escapeText).join(',')}`,
			'TRANSP:TRANSPARENT',
			'END:VEVENT',
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
