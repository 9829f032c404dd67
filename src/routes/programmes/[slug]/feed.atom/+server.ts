// Newly published and changed initiatives of one programme (or of none), as Atom: see /api.
import { error } from '@sveltejs/kit';
import { noProgramme } from '#lib/domain/noProgramme.ts';
import { feedHeaders, initiativesFeed } from '#lib/domain/openData/initiativesFeed.ts';
import { programmeKey } from '#lib/domain/noProgramme.ts';
import { sharedPublishedInitiatives } from '#lib/server/initiatives.ts';
import { sharedProgrammes } from '#lib/server/programmes.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const name =
		params.slug === noProgramme ? 'Shared services (no programme)' : (await sharedProgrammes(locals)).find((p) => p.slug === params.slug)?.name;
	if (!name) error(404, { status: 404, message: `There is no programme called “${params.slug}”.` });
	const initiatives = (await sharedPublishedInitiatives(locals)).filter((initiative) => programmeKey(initiative) === params.slug);
	const pagePath = `/programmes/${params.slug}`;
	return new Response(
		initiativesFeed(initiatives, { origin: url.origin, feedPath: url.pathname, pagePath, title: `${name}: new and changed initiatives` }),
		{ headers: feedHeaders }
	);
};
