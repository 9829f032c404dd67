// Shrinks a topology for the browser: Visvalingam simplification (topojson-simplify), dropping islands too
// small to see, then quantization; every authority keeps at least its largest part with a real area,
// so the Isles of Scilly and the City of London survive any budget.
import type { Feature, Position } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { filter, planarRingArea, planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type { Arc, GeometryObject } from 'topojson-specification';
import type { AuthorityTopology } from './buildTopology.ts';
import { ringArea } from './ringArea.ts';

export interface SimplifyOptions {
	/** Visvalingam weight (triangle area, square degrees) below which points are removed. */
	minWeight: number;
	/** Unattached parts (islands) smaller than this (square degrees) are dropped, except an authority's largest. */
	minArea: number;
	/** Output grid size per axis. */
	quantization: number;
}

export function simplifyTopology(topology: AuthorityTopology, options: SimplifyOptions): AuthorityTopology {
	const weighted = presimplify(topology, planarTriangleArea);
	const usage = arcUsage(weighted.objects.authorities.geometries);
	const attached = (ring: number[]) => ring.some((arc) => usage[arc < 0 ? ~arc : arc] > 1);
	const kept = weighted.objects.authorities.geometries.map((geometry) => {
		const parts = partsOf(geometry);
		const areas = parts.map((part) => ringArea(weighted.arcs, part[0]));
		const largest = areas.indexOf(Math.max(...areas));
		const keep = parts
			.filter((part, i) => i === largest || attached(part[0]) || areas[i] >= options.minArea)
			.map(([outer, ...holes]) => [outer, ...holes.filter((hole) => attached(hole) || ringArea(weighted.arcs, hole) >= options.minArea)]);
		for (const [outer] of keep) protect(weighted.arcs, outer, options.minWeight);
		return { type: 'MultiPolygon', arcs: keep, id: geometry.id, properties: geometry.properties } as GeometryObject<{ name: string }>;
	});
	// presimplify shares `objects` with its input, which callers still need unsimplified: replace, never mutate.
	const shaped = { ...weighted, objects: { authorities: { ...weighted.objects.authorities, geometries: kept } } };
	// filter() with a filter that keeps every ring only prunes the arcs no ring uses any more.
	const pruned = filter(simplify(shaped, options.minWeight), () => true) as AuthorityTopology;
	const quantized = quantize(pruned, options.quantization);
	for (const geometry of quantized.objects.authorities.geometries) {
		if (!(visibleArea(quantized, geometry) > 0)) throw new Error(`simplification erased ${geometry.id}; lower minWeight`);
	}
	return quantized;
}

function visibleArea(topology: AuthorityTopology, geometry: GeometryObject): number {
	const shape = (feature(topology, geometry) as Feature).geometry;
	const polygons: Position[][][] = shape?.type === 'MultiPolygon' ? shape.coordinates : shape?.type === 'Polygon' ? [shape.coordinates] : [];
	return polygons.reduce((sum, [outer]) => sum + planarRingArea(outer as [number, number][]), 0);
}

// Raises the weight of a ring's most important points until it keeps a real area after simplification.
function protect(arcs: Arc[], ring: number[], minWeight: number): void {
	const candidates = ring
		.flatMap((arc) => arcs[arc < 0 ? ~arc : arc].slice(1, -1))
		.filter((point) => point[2] < minWeight)
		.sort((a, b) => b[2] - a[2]);
	for (const point of candidates) {
		if (ringArea(arcs, ring, minWeight) > 0 && ringPoints(arcs, ring, minWeight) >= 4) return;
		point[2] = Infinity;
	}
}

function ringPoints(arcs: Arc[], ring: number[], minWeight: number): number {
	return ring.reduce((n, arc) => n + arcs[arc < 0 ? ~arc : arc].filter((point) => point[2] >= minWeight).length - 1, 0);
}

function partsOf(geometry: GeometryObject): number[][][] {
	if (geometry.type === 'Polygon') return [geometry.arcs];
	if (geometry.type === 'MultiPolygon') return geometry.arcs;
	return [];
}

function arcUsage(geometries: GeometryObject[]): number[] {
	const usage: number[] = [];
	for (const ring of geometries.flatMap(partsOf).flat()) {
		for (const arc of ring) usage[arc < 0 ? ~arc : arc] = (usage[arc < 0 ? ~arc : arc] ?? 0) + 1;
	}
	return usage;
}
