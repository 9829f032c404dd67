// Newly published and changed initiatives on the whole map, as Atom: see /api.
import { feedHeaders, initiativesFeed } from '#lib/domain/openData/initiativesFeed.ts';
import { sharedPublishedInitiatives } from '#lib/server/initiatives.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const initiatives = await sharedPublishedInitiatives(locals);
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
