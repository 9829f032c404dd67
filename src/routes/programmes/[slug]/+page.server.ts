// A programme's page: the seed document's details and its participants, listed and on a small map.
import { error, redirect } from '@sveltejs/kit';
import { formerListingProgramme, noProgramme } from '#lib/domain/noProgramme.ts';
import { listProgrammes } from '#lib/server/programmes.ts';
import { listPublishedInitiatives } from '#lib/server/initiatives.ts';
import { listCategories } from '#lib/server/categories.ts';
import { readRegister } from '#lib/server/register.ts';
import { listRelations } from '#lib/server/relations.ts';
import type { PageServerLoad } from './$types';
import { readGeoManifest } from '#lib/server/readGeoManifest.ts';

export const load: PageServerLoad = async ({ params, locals }) => {
	// The LGA map's old "programme" page: its initiatives are the shared services in no programme.
	if (params.slug === formerListingProgramme) redirect(308, `/programmes/${noProgramme}`);
	const programmes = await listProgrammes(locals.pb);
	const programme = programmes.find((p) => p.slug === params.slug);
	if (!programme) error(404, { status: 404, message: `There is no programme called “${params.slug}”.` });
	const [initiatives, categories, register, relations] = await Promise.all([
		listPublishedInitiatives(locals.pb, { programmes: [programme.slug] }),
		listCategories(locals.pb),
		readRegister(),
		listRelations(locals.pb)
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
