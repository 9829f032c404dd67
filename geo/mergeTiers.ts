// Dissolves authorities into the areas above them (counties from their districts, regions from every
// authority) with topojson-client's mergeArcs, so an upper-tier edge is the very same arcs as the lower tier's.
import { mergeArcs } from 'topojson-client';
import type { GeometryObject, MultiPolygon, Topology } from 'topojson-specification';

export type Merged = MultiPolygon<{ name: string }> & { id: string };

/**
 * @param groupOf the group code of each authority code (null: belongs to none)
 * @param names the name of each group code
 */
export function mergeTiers(
	topology: Topology,
	geometries: GeometryObject[],
	groupOf: (code: string) => string | null,
	names: Map<string, string>
): Merged[] {
	const groups = new Map<string, GeometryObject[]>();
	for (const geometry of geometries) {
		const group = groupOf(String(geometry.id));
		if (group) groups.set(group, [...(groups.get(group) ?? []), geometry]);
	}
	return [...groups.keys()].sort().map((code) => {
		// mergeArcs' typing says Polygon-like objects only; authorities are Polygons or MultiPolygons.
		const merged = mergeArcs(topology, groups.get(code) as Parameters<typeof mergeArcs>[1]);
		return { type: 'MultiPolygon', arcs: merged.arcs, id: code, properties: { name: names.get(code) ?? code } };
	});
}
