// Shared services in no programme (councils' own arrangements), grouped by service: what the old
// shared_services "programme" held. Being on the LGA's map is shown per initiative, as a listing.
import { listPublishedInitiatives } from '#lib/server/initiatives.ts';
import { listCategories } from '#lib/server/categories.ts';
import { noProgramme } from '#lib/domain/noProgramme.ts';
import { listRelations } from '#lib/server/relations.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const [initiatives, categories, relations] = await Promise.all([
		listPublishedInitiatives(locals.pb, { programmes: [noProgramme] }),
		listCategories(locals.pb),
		listRelations(locals.pb)
	]);
	const groups = categories
		.map((category) => ({ category, initiatives: initiatives.filter((initiative) => initiative.category === category.slug) }))
		.filter((group) => group.initiatives.length > 0)
		.sort((a, b) => b.initiatives.length - a.initiatives.length || a.category.name.localeCompare(b.category.name));
	return { groups, relations, total: initiatives.length, listed: initiatives.filter((initiative) => initiative.lgaMapListed).length };
};
