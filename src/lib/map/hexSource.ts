// Hex cartogram geometry: the pipeline's HexJSON for a vintage turned into polygons over England, so the
// cartogram reuses the map's source ids, layers, feature-state and interactions; counties are drawn as
// outlines around their districts' hexes, as on the boundary map.
import { englandBox, hexPolygons, type HexJson } from '../geo/hexPolygons.ts';
import { featureBoxes, type ViewGeometry } from './viewGeometry.ts';

/** `parents` are the register's counties of two-tier districts (district code → county code). */
export async function loadHexes(url: string, parents: ReadonlyMap<string, string>): Promise<ViewGeometry> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Could not load the hex layout (${response.status} for ${url}).`);
	return hexGeometry((await response.json()) as HexJson, parents);
}

export function hexGeometry(hexjson: HexJson, parents: ReadonlyMap<string, string> = new Map()): ViewGeometry {
	const { hexes, centres, bbox, outlines } = hexPolygons(hexjson, englandBox, parents);
	const boxes = featureBoxes([hexes, outlines]);
	// A county's label goes in the middle of its outline.
	for (const { properties } of outlines.features) {
		const [w, s, e, n] = boxes.get(properties.code)!;
		centres.set(properties.code, [(w + e) / 2, (s + n) / 2]);
	}
	return { kind: 'hex', authorities: hexes, counties: outlines.features.length ? outlines : null, centres, boxes, bbox };
}
