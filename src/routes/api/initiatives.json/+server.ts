// Published initiatives as JSON, with their authorities' codes and the licence note: see /api.
import { initiativesJson } from '#lib/domain/exportInitiatives.ts';
import type { RequestHandler } from './$types';
import { exportHeaders, loadExport } from '#lib/server/loadExport.ts';

export const GET: RequestHandler = async ({ locals, url }) => {
	const data = await loadExport(locals, url);
	if (data instanceof Response) return data;
	const body = initiativesJson(
		data.placed.map(({ initiative }) => initiative),
		data
	);
	return new Response(JSON.stringify(body, null, 1), { headers: exportHeaders('application/json; charset=utf-8', 'initiatives.json') });
};
