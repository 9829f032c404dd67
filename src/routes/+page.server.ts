// The explorer's data: every published initiative, the programmes and categories, and the register
// (without neighbour lists, which the explorer does not use). The URL's state is parsed in the page,
// so changing a filter never reruns this load; live updates rerun it through invalidateAll.
import { listPublishedInitiatives } from '#lib/server/initiatives.ts';
import { listProgrammes } from '#lib/server/programmes.ts';
import { listCategories } from '#lib/server/categories.ts';
import { readRegister } from '#lib/server/register.ts';
import type { PageServerLoad } from './$types';
import { readGeoManifest } from './_geo/readGeoManifest.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const [initiatives, programmes, categories, register] = await Promise.all([
		listPublishedInitiatives(locals.pb),
		listProgrammes(locals.pb),
		listCategories(locals.pb),
		readRegister()
	]);
	return {
		initiatives,
		programmes,
		categories,
		register: register.map(({ neighbours: _, ...authority }) => ({ ...authority, neighbours: {} })),
		manifest: readGeoManifest()
	};
};
