// A programme's page: the seed document's details and its participants, listed and on a small map.
import { error, redirect } from '@sveltejs/kit';
import { formerListingProgramme, noProgramme } from '#lib/domain/noProgramme.ts';
import { sharedProgrammes } from '#lib/server/programmes.ts';
import { sharedPublishedInitiatives } from '#lib/server/initiatives.ts';
import { sharedCategories } from '#lib/server/categories.ts';
import { readRegister } from '#lib/server/register.ts';
import { sharedRelations } from '#lib/server/relations.ts';
import type { PageServerLoad } from './$types';
import { readGeoManifest } from '#lib/server/readGeoManifest.ts';

export const load: PageServerLoad = async ({ params, locals }) => {
	// The LGA map's old "programme" page: its initiatives are the shared services in no programme.
	if (params.slug === formerListingProgramme) redirect(308, `/programmes/${noProgramme}`);
	const programmes = await sharedProgrammes(locals);
	const programme = programmes.find((p) => p.slug === params.slug);
	if (!programme) error(404, { status: 404, message: `There is no programme called “${params.slug}”.` });
	const [initiatives, categories, register, relations] = await Promise.all([
		sharedPublishedInitiatives(locals),
		sharedCategories(locals),
		readRegister(),
		sharedRelations(locals)
	]);
	return {
		programme,
		initiatives: initiatives.filter((i) => i.programme === programme.slug),
		categories,
		relations,
		register: register.map(({ neighbours: _, ...authority }) => ({ ...authority, neighbours: {} })),
		manifest: readGeoManifest()
	};
};
