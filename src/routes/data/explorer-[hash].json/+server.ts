// The explorer's data file (see lib/server/explorerData.ts): immutable under its name.
import { contentAddressedResponse } from '#lib/server/contentAddressed.ts';
import type { RequestHandler } from './$types';
import { explorerData } from '#lib/server/explorerData.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	const file = await explorerData(locals);
	// What a name answers never changes (for the page cache: it shows no initiative), so edits elsewhere
	// never make the server compress half a megabyte again; an old name's redirect is not kept.
	if (params.hash === file.hash) locals.shows = { councils: [], initiatives: [] };
	return contentAddressedResponse(file, params.hash, file.url);
};
