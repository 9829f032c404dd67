// The whole published dataset as a Frictionless Data Package (a zip of datapackage.json and one CSV per table): see /api.
import { resolverFor } from '#lib/domain/resolveAuthority.ts';
import { dataPackageZip } from '#lib/domain/openData/dataPackage.ts';
import { sharedCategories } from '#lib/server/categories.ts';
import { sharedPublishedInitiatives } from '#lib/server/initiatives.ts';
import { sharedProgrammes } from '#lib/server/programmes.ts';
import { readRegister } from '#lib/server/register.ts';
import { sharedRelations } from '#lib/server/relations.ts';
import type { RequestHandler } from './$types';
import { exportHeaders } from '#lib/server/loadExport.ts';

export const GET: RequestHandler = async ({ locals }) => {
	const [initiatives, authorities, programmes, categories, relations] = await Promise.all([
		sharedPublishedInitiatives(locals),
		// The register file the pages and the other downloads draw from.
		readRegister(),
		sharedProgrammes(locals),
		sharedCategories(locals),
		sharedRelations(locals)
	]);
	const zip = dataPackageZip({
		initiatives,
		authorities,
		programmes,
		categories,
		relations,
		resolver: resolverFor(authorities),
		created: new Date().toISOString()
	});
	return new Response(zip as Uint8Array<ArrayBuffer>, { headers: exportHeaders('application/zip', 'council-shared-services-map.zip') });
};
