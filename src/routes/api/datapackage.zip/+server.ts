// The whole published dataset as a Frictionless Data Package (a zip of datapackage.json and one CSV per table): see /api.
import { createResolver } from '#lib/domain/resolveAuthority.ts';
import { dataPackageZip } from '#lib/domain/openData/dataPackage.ts';
import { listCategories } from '#lib/server/categories.ts';
import { listPublishedInitiatives } from '#lib/server/initiatives.ts';
import { listProgrammes } from '#lib/server/programmes.ts';
import { readRegister } from '#lib/server/register.ts';
import { listRelations } from '#lib/server/relations.ts';
import type { RequestHandler } from './$types';
import { exportHeaders } from '#lib/server/loadExport.ts';

export const GET: RequestHandler = async ({ locals }) => {
	const pb = locals.pb;
	const [initiatives, authorities, programmes, categories, relations] = await Promise.all([
		locals.memo('published-initiatives', () => listPublishedInitiatives(pb)),
		// The register file the pages and the other downloads draw from.
		readRegister(),
		listProgrammes(pb),
		listCategories(pb),
		listRelations(pb)
	]);
	const zip = dataPackageZip({
		initiatives,
		authorities,
		programmes,
		categories,
		relations,
		resolver: createResolver(authorities),
		created: new Date().toISOString()
	});
	return new Response(zip as Uint8Array<ArrayBuffer>, { headers: exportHeaders('application/zip', 'council-shared-services-map.zip') });
};
