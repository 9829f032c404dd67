// Hex cartogram geometry: the pipeline's HexJSON for a vintage turned into polygons over England, so the
// cartogram reuses the map's source ids, layers, feature-state and interactions.
import { hexPolygons, type HexJson } from '../geo/hexPolygons.ts';
import { featureBoxes, type ViewGeometry } from './viewGeometry.ts';

export async function loadHexes(url: string): Promise<ViewGeometry> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Could not load the hex layout (${response.status} for ${url}).`);
	return hexGeometry((await response.json()) as HexJson);
}

export function hexGeometry(hexjson: HexJson): ViewGeometry {
	const { hexes, centres, bbox } = hexPolygons(hexjson);
	return { kind: 'hex', authorities: hexes, counties: null, centres, boxes: featureBoxes([hexes]), bbox };
}
