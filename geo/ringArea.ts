// Planar area of a TopoJSON ring read straight from untransformed arcs, optionally as it will look after
// simplification (only points whose Visvalingam weight reaches minWeight), in square degrees.
import type { Arc } from 'topojson-specification';

export function ringArea(arcs: Arc[], ring: number[], minWeight = -Infinity): number {
	const points = ringCoordinates(arcs, ring).filter((point) => (point[2] ?? Infinity) >= minWeight);
	let doubled = 0;
	for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
		doubled += points[j][0] * points[i][1] - points[i][0] * points[j][1];
	}
	return Math.abs(doubled) / 2;
}

/** A ring's points in order, each arc reversed when its index is negative, without repeated joints. */
export function ringCoordinates(arcs: Arc[], ring: number[]): number[][] {
	const points: number[][] = [];
	for (const index of ring) {
		const arc = index < 0 ? [...arcs[~index]].reverse() : arcs[index];
		points.push(...(points.length ? arc.slice(1) : arc));
	}
	return points;
}
