// Boundary geometry for the map view: fetches the pipeline's TopoJSON for a vintage and decodes it with
// topojson-client (GeometryCache keeps the result, so switching back costs nothing).
import type { Topology } from 'topojson-specification';
import { decodeBoundaries } from '../geo/decodeBoundaries.ts';
import { featureBoxes, unionBox, type Box, type ViewGeometry } from './viewGeometry.ts';

export async function loadBoundaries(url: string, centroids: ReadonlyMap<string, [number, number]>): Promise<ViewGeometry> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Could not load the boundaries (${response.status} for ${url}).`);
	const topology = (await response.json()) as Topology;
	performance.mark('map:topology');
	return boundaryGeometry(topology, centroids);
}

/** `centroids` are the register's label points, which lie inside the shape even for odd outlines. */
export function boundaryGeometry(topology: Topology, centroids: ReadonlyMap<string, [number, number]>): ViewGeometry {
	const { authorities, counties } = decodeBoundaries(topology);
	const boxes = featureBoxes([authorities, counties]);
	const centres = new Map<string, [number, number]>();
	for (const [code, box] of boxes) centres.set(code, centroids.get(code) ?? centreOf(box));
	return {
		kind: 'map',
		authorities,
		counties,
		centres,
		boxes,
		bbox: unionBox(authorities.features.map((f) => boxes.get(f.properties.code)!))
	};
}

function centreOf([w, s, e, n]: Box): [number, number] {
	return [(w + e) / 2, (s + n) / 2];
}
