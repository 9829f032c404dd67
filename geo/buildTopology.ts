// Turns joined features into one TopoJSON topology whose object `authorities` holds every drawn authority,
// so shared borders become shared arcs that counties, regions and neighbours are computed from.
import type { MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type AuthorityTopology = Topology<{ authorities: GeometryCollection<{ name: string }> }>;

// A fine grid (about 1 m) only to snap borders that two sources should share; the output grid is coarser.
const snapping = 1e6;

export function buildTopology(features: { code: string; name: string; geometry: Polygon | MultiPolygon }[]): AuthorityTopology {
	const collection = {
		type: 'FeatureCollection' as const,
		features: [...features]
			.sort((a, b) => a.code.localeCompare(b.code))
			.map(({ code, name, geometry }) => ({ type: 'Feature' as const, id: code, properties: { name }, geometry }))
	};
	return topology({ authorities: collection }, snapping) as unknown as AuthorityTopology;
}
