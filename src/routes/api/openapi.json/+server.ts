// The OpenAPI 3.1 description of the downloads, feeds and PocketBase's read endpoints: see /api.
import { PB_URL } from '$app/env/private';
import { PUBLIC_PB_URL } from '$app/env/public';
import { openApiDescription } from '#lib/domain/openData/openApi.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => {
	// PB_URL is missing only while `vite build` analyses the server.
	const pocketbase = PUBLIC_PB_URL ?? PB_URL ?? url.origin;
	return new Response(JSON.stringify(openApiDescription(url.origin, pocketbase), null, 1), {
		headers: { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=300' }
	});
};
