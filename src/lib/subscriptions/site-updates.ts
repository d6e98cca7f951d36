/** The site's updates as of the build date, loaded once per build for every feed endpoint. */
import { BUILD_DATE } from '../build-info.ts';
import { getSite } from '../content/load.ts';
import { ORDER } from '../order-document.ts';
import { siteUpdates, type Update } from './updates.ts';

let cached: Promise<Update[]> | undefined;

/** Every update, newest first. Memoized for the build. */
export function getUpdates(): Promise<Update[]> {
	cached ??= getSite().then((site) => siteUpdates(site, ORDER.signed, BUILD_DATE));
	return cached;
}
