// The savings figures of the published initiatives a query selects, in the savings sheet's format (UTF-8
// with BOM), which the import takes back beside an initiatives CSV: see /api.
import { savingsCsv } from '#lib/domain/exportInitiatives.ts';
import type { RequestHandler } from './$types';
import { exportHeaders, loadExport } from '../_export/loadExport.ts';

export const GET: RequestHandler = async ({ locals, url }) => {
	const data = await loadExport(locals.pb, url);
	if (data instanceof Response) return data;
	const csv = savingsCsv(data.placed.map(({ initiative }) => initiative), data);
	return new Response(csv, { headers: exportHeaders('text/csv; charset=utf-8', 'savings.csv') });
};
