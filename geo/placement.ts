// Where to put an authority's label and how far to zoom: a point guaranteed inside its largest polygon
// (a bbox centre can fall in the sea or in a neighbour for crescent-shaped coasts) and its bounding box.
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface Placement {
	centroid: [number, number];
	bbox: [number, number, number, number];
}

export function placement(geometry: Polygon | MultiPolygon): Placement {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const points = polygons.flatMap((polygon) => polygon[0]);
	const xs = points.map((p) => p[0]);
	const ys = points.map((p) => p[1]);
	const largest = polygons.reduce((a, b) => (Math.abs(signedArea(b[0])) > Math.abs(signedArea(a[0])) ? b : a));
	return {
		centroid: labelPoint(largest).map(round) as [number, number],
		bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].map(round) as Placement['bbox']
	};
}

/** The area centroid when it lies inside; otherwise the middle of the widest inside stretch of a few horizontal lines. */
export function labelPoint(polygon: Position[][]): [number, number] {
	const [cx, cy] = centroid(polygon[0]);
	if (crossings(polygon, cy).some((x, i, all) => i % 2 === 0 && x <= cx && cx <= all[i + 1])) return [cx, cy];
	const ys = polygon[0].map((p) => p[1]);
	const [south, north] = [Math.min(...ys), Math.max(...ys)];
	let best: [number, number] = [cx, cy];
	let widest = -1;
	for (const y of [cy, ...[1, 2, 3, 4, 5].map((k) => south + ((north - south) * k) / 6)]) {
		const xs = crossings(polygon, y);
		for (let i = 0; i + 1 < xs.length; i += 2) {
			if (xs[i + 1] - xs[i] > widest) [widest, best] = [xs[i + 1] - xs[i], [(xs[i] + xs[i + 1]) / 2, y]];
		}
	}
	return best;
}

// Sorted x positions where the line at latitude y crosses any ring: inside stretches are pairs (0-1, 2-3, ...).
function crossings(polygon: Position[][], y: number): number[] {
	const xs: number[] = [];
	for (const ring of polygon) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [a, b] = [ring[j], ring[i]];
			if (a[1] > y !== b[1] > y) xs.push(a[0] + ((y - a[1]) / (b[1] - a[1])) * (b[0] - a[0]));
		}
	}
	return xs.sort((a, b) => a - b);
}

function centroid(ring: Position[]): [number, number] {
	let [x, y, doubled] = [0, 0, 0];
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
		[x, y, doubled] = [x + (ring[j][0] + ring[i][0]) * cross, y + (ring[j][1] + ring[i][1]) * cross, doubled + cross];
	}
	return doubled ? [x / (3 * doubled), y / (3 * doubled)] : [ring[0][0], ring[0][1]];
}

function signedArea(ring: Position[]): number {
	let doubled = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) doubled += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
	return doubled / 2;
}

const round = (value: number) => Math.round(value * 1e5) / 1e5;
