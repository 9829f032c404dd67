// Published initiatives as GeoJSON: one MultiPoint feature per initiative at its authorities' label points on the vintage. See /api.
import { initiativesGeoJson } from '#lib/domain/exportInitiatives.ts';
import type { RequestHandler } from './$types';
import { exportHeaders, loadExport } from '#lib/server/loadExport.ts';

export const GET: RequestHandler = async ({ locals, url }) => {
	const data = await loadExport(locals, url);
	if (data instanceof Response) return data;
	const body = initiativesGeoJson(data.placed, { ...data, authorities: new Map(data.authorities.map((a) => [a.code, a])) });
	return new Response(JSON.stringify(body), { headers: exportHeaders('application/geo+json; charset=utf-8', 'initiatives.geojson') });
};
