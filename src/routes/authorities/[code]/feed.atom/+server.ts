// Newly published and changed initiatives naming one council, as Atom: see /api.
import { error } from '@sveltejs/kit';
import { feedHeaders, initiativesFeed } from '#lib/domain/openData/initiativesFeed.ts';
import { listInitiativesForAuthority } from '#lib/server/initiatives.ts';
import { readRegister } from '#lib/server/register.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const authority = (await readRegister()).find((a) => a.code === params.code);
	if (!authority) error(404, { status: 404, message: `No council has the code “${params.code}”.` });
	const initiatives = await listInitiativesForAuthority(locals.pb, authority.code);
	const pagePath = `/authorities/${authority.code}`;
	return new Response(
		initiativesFeed(initiatives, { origin: url.origin, feedPath: url.pathname, pagePath, title: `${authority.name}: new and changed initiatives` }),
		{ headers: feedHeaders }
	);
};
