// An initiative's page (server-rendered, linkable, printable); an unknown or unpublished slug is a 404.
import { error } from '@sveltejs/kit';
import { getInitiative } from '#lib/server/initiatives.ts';
import { sharedProgrammes } from '#lib/server/programmes.ts';
import { sharedCategories } from '#lib/server/categories.ts';
import { readRegister } from '#lib/server/register.ts';
import { relationsOf } from '#lib/server/relations.ts';
import { relatedInitiatives } from '#lib/domain/relations.ts';
import { placeInitiative } from '#lib/domain/placeInitiatives.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const stored = await getInitiative(locals.pb, params.slug);
	if (!stored) error(404, { status: 404, message: `No published initiative is called “${params.slug}”.` });
	const { initiative } = stored;
	const [programmes, categories, register, relations] = await Promise.all([
		sharedProgrammes(locals),
		sharedCategories(locals),
		readRegister(),
		relationsOf(locals, stored.id)
	]);
	const byCode = new Map(register.map((a) => [a.code, a]));
	// Where it shows on today's map, for a historic arrangement.
	const today = placeInitiative(initiative, byCode, '2024');
	// For the page cache (hooks.server.ts): this page changes when it or an initiative it links to does, or
	// when a link is made or removed (which names the councils of both ends).
	locals.shows = { councils: initiative.participations.map((p) => p.code), initiatives: [stored.id, ...relations.ids] };
	return {
		initiative,
		programme: programmes.find((p) => p.slug === initiative.programme) ?? null,
		category: categories.find((c) => c.slug === initiative.category) ?? null,
		today,
		// Only the councils the page names, not the whole register.
		names: Object.fromEntries(today.codes.flatMap((code) => (byCode.has(code) ? [[code, byCode.get(code)!.name]] : []))),
		related: relatedInitiatives(initiative.slug, relations.relations),
		relatedNames: relations.names,
		role: locals.user?.role ?? null
	};
};
