// Turns a HexJSON layout (https://open-innovations.org/projects/hexmaps/hexjson) into hexagon polygons
// in longitude/latitude, fitted over a box, so the hex cartogram shares the map's sources, layers,
// feature-state and interactions. Hexes are built in Web Mercator space so they stay regular on screen.
import type { FeatureCollection, Polygon } from 'geojson';

export type HexLayout = 'odd-r' | 'even-r' | 'odd-q' | 'even-q';

export interface HexJson {
	layout: HexLayout;
	hexes: Record<string, { q: number; r: number; n?: string; name?: string }>;
}

export interface HexProperties {
	code: string;
	name: string;
}

export interface HexGeometry {
	hexes: FeatureCollection<Polygon, HexProperties>;
	/** Each hex's centre [lon, lat], for labels and zooming. */
	centres: Map<string, [number, number]>;
	/** The box the hexes fill [w, s, e, n]. */
	bbox: [number, number, number, number];
}

/** Roughly England's extent: the cartogram sits where the map would be. */
export const englandBox: [number, number, number, number] = [-6.4, 49.9, 1.8, 55.9];

export function hexPolygons(hexjson: HexJson, box: [number, number, number, number] = englandBox): HexGeometry {
	const pointy = hexjson.layout.endsWith('-r');
	const entries = Object.entries(hexjson.hexes);
	// Centres in hex units (size 1 = centre to corner), north up.
	const centresUnit = entries.map(([, { q, r }]) => centreOf(hexjson.layout, q, r));
	const xs = centresUnit.map(([x]) => x);
	const ys = centresUnit.map(([, y]) => y);
	const pad = 1;
	const [minX, maxX, minY, maxY] = [Math.min(...xs) - pad, Math.max(...xs) + pad, Math.min(...ys) - pad, Math.max(...ys) + pad];

	const [bw, bs] = mercator(box[0], box[1]);
	const [be, bn] = mercator(box[2], box[3]);
	const scale = Math.min((be - bw) / (maxX - minX || 1), (bn - bs) / (maxY - minY || 1));
	const offsetX = bw + ((be - bw) - (maxX - minX) * scale) / 2;
	const offsetY = bs + ((bn - bs) - (maxY - minY) * scale) / 2;
	const toLonLat = (x: number, y: number) => inverseMercator(offsetX + (x - minX) * scale, offsetY + (y - minY) * scale);

	const centres = new Map<string, [number, number]>();
	const features = entries.map(([code, hex], i) => {
		const [cx, cy] = centresUnit[i];
		centres.set(code, toLonLat(cx, cy));
		const ring: [number, number][] = [];
		for (let corner = 0; corner <= 6; corner++) {
			const angle = (Math.PI / 180) * (60 * (corner % 6) + (pointy ? 30 : 0));
			// 0.96 leaves a hairline gap so neighbouring hexes read as separate shapes.
			ring.push(toLonLat(cx + 0.96 * Math.cos(angle), cy + 0.96 * Math.sin(angle)));
		}
		return {
			type: 'Feature' as const,
			geometry: { type: 'Polygon' as const, coordinates: [ring] },
			properties: { code, name: hex.n ?? hex.name ?? code }
		};
	});
	const [west, south] = toLonLat(minX, minY);
	const [east, north] = toLonLat(maxX, maxY);
	return { hexes: { type: 'FeatureCollection', features }, centres, bbox: [west, south, east, north] };
}

/** Hex centre in units of the hex size; `r` grows northwards as in the Open Innovations layouts. */
export function centreOf(layout: HexLayout, q: number, r: number): [number, number] {
	const odd = (n: number) => (n & 1) === 1;
	switch (layout) {
		case 'odd-r':
			return [Math.sqrt(3) * (q + (odd(r) ? 0.5 : 0)), 1.5 * r];
		case 'even-r':
			return [Math.sqrt(3) * (q + (odd(r) ? 0 : 0.5)), 1.5 * r];
		case 'odd-q':
			return [1.5 * q, Math.sqrt(3) * (r - (odd(q) ? 0.5 : 0))];
		case 'even-q':
			return [1.5 * q, Math.sqrt(3) * (r - (odd(q) ? 0 : 0.5))];
	}
}

function mercator(lon: number, lat: number): [number, number] {
	const phi = (lat * Math.PI) / 180;
	return [(lon * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

function inverseMercator(x: number, y: number): [number, number] {
	return [(x * 180) / Math.PI, (Math.atan(Math.sinh(y)) * 180) / Math.PI];
}
