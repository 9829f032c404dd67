// The explorer's data: every published initiative, the programmes and categories, and the register
// (without neighbour lists, which the explorer does not use). The URL's state is parsed in the page,
// so changing a filter never reruns this load; live updates rerun it through invalidateAll.
import { listPublishedInitiatives } from '#lib/server/initiatives.ts';
import { listProgrammes } from '#lib/server/programmes.ts';
import { listCategories } from '#lib/server/categories.ts';
import { readRegisterWithoutNeighboursJson } from '#lib/server/register.ts';
import { listRelations } from '#lib/server/relations.ts';
import type { PageServerLoad } from './$types';
import { readGeoManifest } from './_geo/readGeoManifest.ts';

// The register and the initiatives travel as JSON text, which the page parses: serialising them as
// objects (devalue) cost the server more than rendering the page.
export const load: PageServerLoad = async ({ locals, url, isDataRequest, untrack }) => {
	const [programmes, categories, registerJson, relations] = await Promise.all([listProgrammes(locals.pb), listCategories(locals.pb), readRegisterWithoutNeighboursJson(), listRelations(locals.pb)]);
	// Asked for only now: on a busy PocketBase the initiatives query held up the small ones above, and
	// with them the whole page, though the map needs the initiatives only once its geometry is tiled.
	const initiatives = listPublishedInitiatives(locals.pb).then((list) => JSON.stringify(list));
	// A rejection reaches the page through the streamed promise; until SvelteKit subscribes to it, this
	// keeps Node from treating it as unhandled.
	initiatives.catch(() => {});
	// The map's first paint waits for neither the initiatives query nor their 230 KB: the page is sent at
	// once and the initiatives follow in the same response (streamed), in parallel with the page's
	// scripts, MapLibre and the geometry. The table view is rendered with them, so it works without
	// JavaScript; client navigations and live updates get them at once. Reading the view untracked keeps
	// switching views from rerunning this load.
	const stream = !isDataRequest && untrack(() => url.searchParams.get('view')) !== 'table';
	return {
		initiativesJson: stream ? initiatives : await initiatives,
		programmes,
		categories,
		relations,
		registerJson,
		manifest: readGeoManifest()
	};
};
