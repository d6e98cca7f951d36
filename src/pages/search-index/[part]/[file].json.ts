import type { GetStaticPaths } from 'astro';
import type { FragmentFile, TermFile } from '../../../lib/search/index-files';
import { siteIndex } from '../../../lib/search/site-index';

/** The term and fragment files of each part of the search index (`/search-index/core/t0.json`…). */
export const getStaticPaths = (async () =>
	[...(await siteIndex()).files].map(([path, body]) => {
		const [part, file] = path.slice('/search-index/'.length, -'.json'.length).split('/');
		return { params: { part: part!, file: file! }, props: { body } };
	})) satisfies GetStaticPaths;

export function GET({ props }: { props: { body: TermFile | FragmentFile } }) {
	return new Response(JSON.stringify(props.body), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
