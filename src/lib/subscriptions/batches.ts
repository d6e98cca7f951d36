/**
 * One feed item per change, not per record: the updates a feed carries that share a batch key
 * (see `Batch`) become one item listing what they touched, each with its link, when the feed
 * carries at least the batch's minimum of them. Batching happens per feed, after filtering, so a
 * topic feed's item lists only that topic's records. Pure.
 */
import { createHash } from 'node:crypto';
import { formatDay } from '../dates.ts';
import type { Batch, Update } from './updates.ts';
import { route } from '../href.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A GUID that changes when the batch's members change, so that readers see a grown batch as new. */
const batchGuid = (key: string, members: readonly Update[]) =>
	`eo14409-tracker:${key}:${createHash('sha256')
		.update(members.map((m) => m.guid).join('\n'))
		.digest('hex')
		.slice(0, 12)}`;

/** The words and link of a batched item, by kind. */
function heading(batch: Batch, members: readonly Update[], day: string) {
	const on = formatDay(day);
	switch (batch.kind) {
		case 'news-backlog':
			return {
				title: `${plural(members.length, 'earlier news item', 'earlier news items')} added on ${on}, publication dates not known to the day`,
				link: route.news,
				description: `The tracker found ${members.length === 1 ? 'this item' : 'these items'} in one reading of its feeds on ${on}, without a publication day, so ${members.length === 1 ? 'it is' : 'they are'} listed here together rather than as new. Each is listed with what is known of its date.`,
			};
		case 'document': {
			// The document's own page (an address without a file extension) leads; then the files.
			const first = members.find((m) => !/\.\w+$/.test(new URL(m.link).pathname)) ?? members[0]!;
			return {
				title: first.title,
				link: first.link,
				description: `${first.description} Published together in ${members.length} forms, each linked below.`,
			};
		}
		case 'requirements': {
			const evidence = members.filter((m) => m.kind === 'evidence').length;
			const status = members.length - evidence;
			const touched = new Set(members.map((m) => m.milestone)).size;
			const what = [
				evidence ? plural(evidence, 'evidence entry', 'evidence entries') : '',
				status ? plural(status, 'status change', 'status changes') : '',
			]
				.filter(Boolean)
				.join(' and ');
			return {
				title: `Requirements updated ${on}: ${what} on ${plural(touched, 'requirement', 'requirements')}`,
				link: route.milestones,
				description: `Recorded by the tracker on ${on}: ${what}, on ${plural(touched, 'requirement', 'requirements')}. Each is listed below with its link.`,
			};
		}
		case 'site':
			return {
				title: `${members.length} site updates and corrections published ${on}`,
				link: route.changelog(),
				description: `The tracker published ${members.length} updates and corrections on ${on}, each listed below with its entry in the changelog.`,
			};
	}
}

/** The updates with batches of at least their minimum gathered into one item each; order kept by date. */
export function batchUpdates(updates: readonly Update[]): Update[] {
	const groups = new Map<string, Update[]>();
	for (const u of updates) {
		if (!u.batch) continue;
		groups.set(u.batch.key, [...(groups.get(u.batch.key) ?? []), u]);
	}
	const out: Update[] = [];
	const done = new Set<string>();
	for (const u of updates) {
		const members = u.batch ? groups.get(u.batch.key)! : [];
		if (!u.batch || members.length < u.batch.min) {
			out.push(u);
			continue;
		}
		if (done.has(u.batch.key)) continue;
		done.add(u.batch.key);
		const head = heading(u.batch, members, u.date.slice(0, 10));
		out.push({
			...head,
			guid: batchGuid(u.batch.key, members),
			guidIsPermaLink: false,
			kind: u.kind,
			date: members.map((m) => m.date).sort()[0]!,
			topics: [...new Set(members.flatMap((m) => m.topics))].sort(),
			agencies: [...new Set(members.flatMap((m) => m.agencies))].sort(),
			milestone: null,
			batch: null,
			parts: members.map((m) => ({
				title: m.batch?.label ?? m.title,
				link: m.link,
			})),
		});
	}
	return out;
}
