// The map of any explorer state as SVG (the explorer's own parameters): see README "Download, embed, share".
import type { RequestHandler } from './$types';
import { loadMapImage } from '../_mapImage/loadMapImage.server.ts';
import { mapImageHeaders } from '../_mapImage/mapImageHeaders.ts';

export const GET: RequestHandler = async ({ locals, url }) => {
	const svg = await loadMapImage(locals, url);
	if (svg instanceof Response) return svg;
	return new Response(svg, { headers: mapImageHeaders('image/svg+xml; charset=utf-8', url) });
};
