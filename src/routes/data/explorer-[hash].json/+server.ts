// The explorer's data file (see _explorer/explorerData.ts): immutable under its name.
import { contentAddressedResponse } from '#lib/server/contentAddressed.ts';
import type { RequestHandler } from './$types';
import { explorerData } from '../../_explorer/explorerData.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	const file = await explorerData(locals);
	return contentAddressedResponse(file, params.hash, file.url);
};
