import type { GetStaticPaths } from 'astro';
import type { FragmentFile, TermFile } from '../../../lib/search/index-files';
import { siteIndex } from '../../../lib/search/site-index';
import { route } from '../../../lib/href';

/** The term and fragment files of each part of the search index (core/t0.json… under `route.searchIndexDir`). */
export const getStaticPaths = (async () =>
	[...(await siteIndex()).files].map(([path, body]) => {
		const [part, file] = path.slice(route.searchIndexDir.length, -'.json'.length).split('/');
		return { params: { part: part!, file: file! }, props: { body } };
	})) satisfies GetStaticPaths;

export function GET({ props }: { props: { body: TermFile | FragmentFile } }) {
	return new Response(JSON.stringify(props.body), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
