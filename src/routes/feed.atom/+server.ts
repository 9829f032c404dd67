// Newly published and changed initiatives on the whole map, as Atom: see /api.
import { feedHeaders, initiativesFeed } from '#lib/domain/openData/initiativesFeed.ts';
import { listPublishedInitiatives } from '#lib/server/initiatives.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const initiatives = await locals.memo('published-initiatives', () => listPublishedInitiatives(locals.pb));
	return new Response(
		initiativesFeed(initiatives, {
			origin: url.origin,
			feedPath: url.pathname,
			pagePath: '/',
			title: 'Council Shared Services Map: new and changed initiatives'
		}),
		{ headers: feedHeaders }
	);
};
