// Published initiatives as CSV (UTF-8, header first, the import template's columns): see /api.
import { resolverFor } from '#lib/domain/resolveAuthority.ts';
import { initiativesCsv } from '#lib/domain/exportInitiatives.ts';
import type { RequestHandler } from './$types';
import { csvHeaders, loadExport } from '#lib/server/loadExport.ts';

export const GET: RequestHandler = async ({ locals, url }) => {
	const data = await loadExport(locals, url);
	if (data instanceof Response) return data;
	const csv = initiativesCsv(
		data.placed.map(({ initiative }) => initiative),
		{ authorities: new Map(data.authorities.map((a) => [a.code, a])), resolver: resolverFor(data.authorities) }
	);
	return new Response(csv, { headers: csvHeaders('initiatives.csv', url) });
};
