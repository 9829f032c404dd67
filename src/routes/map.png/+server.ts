// The map of any explorer state as PNG (the explorer's own parameters), for slides and link previews.
import { rasterise } from '#lib/server/rasterise.ts';
import type { RequestHandler } from './$types';
import { loadMapImage } from '../_mapImage/loadMapImage.server.ts';
import { mapImageHeaders } from '../_mapImage/mapImageHeaders.ts';

export const GET: RequestHandler = async ({ locals, url }) => {
	const svg = await loadMapImage(locals, url);
	if (svg instanceof Response) return svg;
	return new Response(rasterise(svg), { headers: mapImageHeaders('image/png', url) });
};
