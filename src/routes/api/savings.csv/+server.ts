// The savings figures of the published initiatives a query selects, in the savings sheet's format (UTF-8,
// header first), which the import takes back beside an initiatives CSV: see /api.
import { savingsCsv } from '#lib/domain/exportInitiatives.ts';
import type { RequestHandler } from './$types';
import { csvHeaders, loadExport } from '#lib/server/loadExport.ts';

export const GET: RequestHandler = async ({ locals, url }) => {
	const data = await loadExport(locals, url);
	if (data instanceof Response) return data;
	return new Response(savingsCsv(data.placed.map(({ initiative }) => initiative)), { headers: csvHeaders('savings.csv', url) });
};
