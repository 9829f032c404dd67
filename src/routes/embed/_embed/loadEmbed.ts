// Data for an embedded map: the explorer's data, read without the visitor's session (a frame on another
// site carries no cookies, and the page must not depend on them). That any site may frame it is the
// security headers' business (src/lib/server/securityHeaders.ts, by its path). Initiatives are awaited, not streamed: an embed is small and shows them at once.
import type { ServerLoadEvent } from '@sveltejs/kit';
import { listCategories } from '#lib/server/categories.ts';
import { listPublishedInitiatives } from '#lib/server/initiatives.ts';
import { listProgrammes } from '#lib/server/programmes.ts';
import { readRegisterWithoutNeighboursJson } from '#lib/server/register.ts';
import { listRelations } from '#lib/server/relations.ts';
import { readGeoManifest } from '../../_geo/readGeoManifest.ts';

export async function loadEmbed({ locals, setHeaders }: Pick<ServerLoadEvent, 'locals' | 'setHeaders'>) {
	setHeaders({ 'cache-control': 'public, max-age=60' });
	const [programmes, categories, registerJson, initiatives, relations] = await Promise.all([
		listProgrammes(locals.pb),
		listCategories(locals.pb),
		readRegisterWithoutNeighboursJson(),
		listPublishedInitiatives(locals.pb),
		listRelations(locals.pb)
	]);
	return { programmes, categories, relations, registerJson, initiativesJson: JSON.stringify(initiatives), manifest: readGeoManifest() };
}
