// The explorer's data under a name that never changes: a redirect to the current content-addressed file
// (explorer-<hash>.json), so the explorer's page can name it without changing whenever the data does.
import type { RequestHandler } from './$types';
import { explorerData } from '#lib/server/explorerData.ts';

export const GET: RequestHandler = async ({ locals }) => {
	const { url } = await explorerData(locals);
	return new Response(null, { status: 307, headers: { location: url, 'cache-control': 'public, max-age=0, s-maxage=1' } });
};
