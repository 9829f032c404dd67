// Shared services in no programme (councils' own arrangements), grouped by service: what the old
// shared_services "programme" held. Being on the LGA's map is shown per initiative, as a listing.
import { sharedPublishedInitiatives } from '#lib/server/initiatives.ts';
import { sharedCategories } from '#lib/server/categories.ts';
import { programmeKey, noProgramme } from '#lib/domain/noProgramme.ts';
import { sharedRelations } from '#lib/server/relations.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const [published, categories, relations] = await Promise.all([
		sharedPublishedInitiatives(locals),
		sharedCategories(locals),
		sharedRelations(locals)
	]);
	const initiatives = published.filter((initiative) => programmeKey(initiative) === noProgramme);
	const groups = categories
		.map((category) => ({ category, initiatives: initiatives.filter((initiative) => initiative.category === category.slug) }))
		.filter((group) => group.initiatives.length > 0)
		.sort((a, b) => b.initiatives.length - a.initiatives.length || a.category.name.localeCompare(b.category.name));
	return { groups, relations, total: initiatives.length, listed: initiatives.filter((initiative) => initiative.lgaMapListed).length };
};
