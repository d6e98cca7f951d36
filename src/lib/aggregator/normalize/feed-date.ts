/**
 * Feed dates to instants, in UTC only: never `Date.parse`, whose reading of zone-less strings
 * depends on the process time zone. Accepts RFC 822/1123/850 dates (named US zones, numeric
 * offsets, single-digit days, two-digit years, `1500` without a colon, 12-hour clocks, English
 * and common Romance/German month names) and ISO 8601 (zone-less means UTC; a bare date is
 * midnight UTC). Everything else is null, including bare Unix timestamps.
 */

/** Month abbreviations (English, then Spanish, Italian, French, German, Portuguese forms). */
const MONTH_NAMES: readonly (readonly string[])[] = [
	['jan', 'ene', 'gen', 'janv', 'jän'],
	['feb', 'fev', 'fév', 'févr'],
	['mar', 'mär', 'mrz', 'mars'],
	['apr', 'abr', 'avr'],
	['may', 'mai', 'mag'],
	['jun', 'juin', 'giu'],
	['jul', 'juil', 'lug'],
	['aug', 'ago', 'aoû', 'aou'],
	['sep', 'sept', 'set'],
	['oct', 'okt', 'out', 'ott'],
	['nov'],
	['dec', 'dez', 'dic', 'déc'],
];
const MONTHS = new Map(MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i] as const)));

/** Offsets in minutes east of UTC for the zone names RFC 822 defines and a few common ones. */
const ZONES: Readonly<Record<string, number>> = {
	UT: 0,
	UTC: 0,
	GMT: 0,
	Z: 0,
	WET: 0,
	EST: -300,
	EDT: -240,
	CST: -360,
	CDT: -300,
	MST: -420,
	MDT: -360,
	PST: -480,
	PDT: -420,
	AKST: -540,
	AKDT: -480,
	HST: -600,
	BST: 60,
	CET: 60,
	CEST: 120,
	WEST: 60,
	EET: 120,
	EEST: 180,
	MSK: 180,
	JST: 540,
	KST: 540,
	AEST: 600,
	AEDT: 660,
	NZST: 720,
	NZDT: 780,
};

const RFC822 = new RegExp(
	[
		String.raw`^(?:\p{L}{2,}\.?,?\s+)?`, // weekday, ignored
		String.raw`(\d{1,2})[\s-]+(\p{L}{3,5})\.?[\s-]+(\d{4}|\d{2})`, // day, month, year
		String.raw`(?:\s+(\d{1,2}):?(\d{2})(?::(\d{2}))?)?`, // hh:mm[:ss] or hhmm
		String.raw`\s*([ap]\.?m\.?)?`, // 12-hour clock
		String.raw`\s*(?:([A-Za-z]{1,5})|([+-]\d{2}:?\d{2}))?$`, // zone name or offset
	].join(''),
	'iu',
);
const ISO = new RegExp(
	[
		String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})`, // date
		String.raw`(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?`, // time, fraction
		String.raw`\s*(?:(Z|[A-Za-z]{2,5})|([+-]\d{2}(?::?\d{2})?))?$`, // zone name or offset
	].join(''),
	'i',
);

/** A feed date string to an instant, or null when absent or not understood. */
export function parseFeedDate(raw: string | null | undefined): Date | null {
	if (raw == null) return null;
	const text = raw
		.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	// Real dates are short; the bound keeps the regular expressions' work small on hostile input.
	if (text === '' || text.length > 100) return null;
	return parseIso(text) ?? parseRfc822(text);
}

/** The first candidate that parses as a date, else the first non-blank one, else null. */
export function pickFeedDate(candidates: readonly (string | null | undefined)[]): string | null {
	const present = candidates.map((c) => c?.trim() ?? '').filter((c): c is string => c !== '');
	// One candidate is the answer whether or not it parses; normalizing parses it once, later.
	if (present.length < 2) return present[0] ?? null;
	return present.find((c) => parseFeedDate(c) !== null) ?? present[0] ?? null;
}

function parseIso(text: string): Date | null {
	const m = ISO.exec(text);
	if (!m) return null;
	const offset = zoneOffset(m[8], m[9]);
	if (offset === null) return null;
	const date = utc(
		Number(m[1]),
		Number(m[2]),
		Number(m[3]),
		Number(m[4] ?? 0),
		Number(m[5] ?? 0),
		Number(m[6] ?? 0),
		offset,
	);
	const millis = Math.min(999, Math.round(Number(`0.${m[7] ?? '0'}`) * 1000));
	return date && new Date(date.getTime() + millis);
}

function parseRfc822(text: string): Date | null {
	const m = RFC822.exec(text);
	if (!m) return null;
	const month = MONTHS.get((m[2] ?? '').toLowerCase());
	const offset = zoneOffset(m[8], m[9]);
	if (month === undefined || offset === null) return null;
	let year = Number(m[3]);
	// RFC 2822 section 4.3: two-digit years below 50 are 20xx, the rest 19xx.
	if ((m[3] ?? '').length === 2) year += year < 50 ? 2000 : 1900;
	let hour = Number(m[4] ?? 0);
	const meridiem = m[7]?.toLowerCase().replace(/\./g, '');
	if (meridiem) {
		if (hour < 1 || hour > 12) return null;
		hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
	}
	return utc(year, month + 1, Number(m[1]), hour, Number(m[5] ?? 0), Number(m[6] ?? 0), offset);
}

/** Minutes east of UTC for a zone name or a `±hh[:]mm` offset; 0 when absent; null if unknown. */
function zoneOffset(name: string | undefined, numeric: string | undefined): number | null {
	if (numeric) {
		const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(numeric);
		if (!m) return null;
		const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
		if (minutes > 18 * 60) return null;
		return m[1] === '-' ? -minutes : minutes;
	}
	if (!name) return 0;
	return ZONES[name.toUpperCase()] ?? null;
}

/** The instant for calendar fields read in a zone `offset` minutes east of UTC; null if invalid. */
function utc(
	year: number,
	month: number,
	day: number,
	hour: number,
	minute: number,
	second: number,
	offset: number,
): Date | null {
	if (year < 1000 || month < 1 || month > 12 || day < 1 || hour > 24 || minute > 59) return null;
	if (second > 60 || (hour === 24 && (minute > 0 || second > 0))) return null;
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	if (date.getUTCDate() !== day) return null;
	date.setUTCHours(hour, minute, Math.min(second, 59), 0);
	return new Date(date.getTime() - offset * 60_000);
}
