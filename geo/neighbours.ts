// Finds which areas share a border: two geometries are neighbours when they use a common arc, which is
// exactly "share a boundary" (touching at a single point, or facing across an estuary, is not).
import { neighbors } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';

/**
 * Neighbours of every geometry among `geometries`, by id, sorted; only ids in `subjects` get an entry
 * (all of them when omitted), so counties can list unitaries without unitaries listing counties.
 */
export function neighbours(geometries: GeometryObject[], subjects?: Set<string>): Map<string, string[]> {
	const ids = geometries.map((geometry) => String(geometry.id));
	const result = new Map<string, string[]>();
	neighbors(geometries).forEach((indexes, i) => {
		if (subjects && !subjects.has(ids[i])) return;
		// A geometry whose parts share an arc with each other would otherwise list itself.
		result.set(
			ids[i],
			indexes
				.filter((j) => ids[j] !== ids[i])
				.map((j) => ids[j])
				.sort()
		);
	});
	return result;
}
