/**
 * The build date: the "today" against which deadlines are counted. Read once per build, from
 * `BUILD_DATE` (YYYY-MM-DD) when set, so a build is reproducible, else from the clock in UTC.
 * Logic modules take the date as a parameter and never read the clock themselves.
 */
import { isIsoDay, utcDayOf, type IsoDay } from './dates.ts';

/** Resolves the build date from an environment value and the current instant. */
export function resolveBuildDate(envValue: string | undefined, now: Date): IsoDay {
	if (envValue !== undefined && envValue !== '') {
		if (!isIsoDay(envValue)) {
			throw new Error(`BUILD_DATE must be a calendar date written YYYY-MM-DD, got "${envValue}"`);
		}
		return envValue;
	}
	return utcDayOf(now);
}

/** The day this build counts from. */
export const BUILD_DATE: IsoDay = resolveBuildDate(process.env['BUILD_DATE'], new Date());
