// The geometry one view draws (boundaries or hexes of a vintage), in the shape the map context adds:
// authority polygons, optional county outlines, and per-code label points and boxes for zooming.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

export type Box = [number, number, number, number];

export interface ViewGeometry {
	kind: 'map' | 'hex';
	authorities: FeatureCollection<Geometry, { code: string; name: string }>;
	counties: FeatureCollection<Geometry, { code: string; name: string }> | null;
	/** Label point per code [lon, lat]. */
	centres: Map<string, [number, number]>;
	/** Bounding box per code, for zooming to a selection. */
	boxes: Map<string, Box>;
	/** The whole layout's box, for the initial view. */
	bbox: Box;
}

export function featureBoxes(collections: (FeatureCollection<Geometry, { code: string }> | null)[]): Map<string, Box> {
	const boxes = new Map<string, Box>();
	for (const collection of collections) {
		for (const feature of collection?.features ?? []) boxes.set(feature.properties.code, boxOf(feature));
	}
	return boxes;
}

export function unionBox(boxes: Iterable<Box>): Box {
	const out: Box = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [w, s, e, n] of boxes) {
		out[0] = Math.min(out[0], w);
		out[1] = Math.min(out[1], s);
		out[2] = Math.max(out[2], e);
		out[3] = Math.max(out[3], n);
	}
	return out;
}

function boxOf(feature: Feature<Geometry>): Box {
	const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
	const visit = (positions: Position[]) => {
		for (const [x, y] of positions) {
			if (x < box[0]) box[0] = x;
			if (y < box[1]) box[1] = y;
			if (x > box[2]) box[2] = x;
			if (y > box[3]) box[3] = y;
		}
	};
	const geometry = feature.geometry;
	if (geometry.type === 'Polygon' || geometry.type === 'MultiLineString') geometry.coordinates.forEach(visit);
	else if (geometry.type === 'MultiPolygon') geometry.coordinates.forEach((polygon) => polygon.forEach(visit));
	else if (geometry.type === 'LineString') visit(geometry.coordinates);
	return box;
}
