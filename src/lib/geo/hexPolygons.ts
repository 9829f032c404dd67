// Turns a HexJSON layout (https://open-innovations.org/projects/hexmaps/hexjson) into hexagon polygons
// in longitude/latitude, fitted over a box, so the hex cartogram shares the map's sources, layers,
// feature-state and interactions. Hexes are built in Web Mercator space so they stay regular on screen.
import type { FeatureCollection, MultiLineString, Polygon } from 'geojson';

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
	/**
	 * One outline per group of hexes (a county and its districts): every side where a hex of the group
	 * meets a hex of another group, a hex in none, or no hex, drawn along the gap between hexes.
	 */
	outlines: FeatureCollection<MultiLineString, HexProperties>;
}

/** Roughly England's extent: the cartogram sits where the map would be. */
export const englandBox: [number, number, number, number] = [-6.4, 49.9, 1.8, 55.9];

/** `groups` gives the group of a hex's code (a district's county); hexes in none get no outline. */
export function hexPolygons(
	hexjson: HexJson,
	box: [number, number, number, number] = englandBox,
	groups: ReadonlyMap<string, string> = new Map()
): HexGeometry {
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
	const offsetX = bw + (be - bw - (maxX - minX) * scale) / 2;
	const offsetY = bs + (bn - bs - (maxY - minY) * scale) / 2;
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
	const outlines = groupOutlines(
		entries.map(([code], i) => ({ code, centre: centresUnit[i] })),
		pointy,
		groups,
		toLonLat
	);
	return { hexes: { type: 'FeatureCollection', features }, centres, bbox: [west, south, east, north], outlines };
}

function groupOutlines(
	hexes: { code: string; centre: [number, number] }[],
	pointy: boolean,
	groups: ReadonlyMap<string, string>,
	toLonLat: (x: number, y: number) => [number, number]
): FeatureCollection<MultiLineString, HexProperties> {
	// Neighbouring centres are √3 apart (hex size 1), across the middle of the side they share.
	const key = ([x, y]: [number, number]) => `${Math.round(x * 100)},${Math.round(y * 100)}`;
	const codeAt = new Map(hexes.map(({ code, centre }) => [key(centre), code]));
	const sides = new Map<string, [number, number][][]>();
	for (const { code, centre } of hexes) {
		const group = groups.get(code);
		if (!group) continue;
		const [cx, cy] = centre;
		for (let side = 0; side < 6; side++) {
			const from = (Math.PI / 180) * (60 * side + (pointy ? 30 : 0));
			const to = from + Math.PI / 3;
			const across = from + Math.PI / 6;
			const neighbour = codeAt.get(key([cx + Math.sqrt(3) * Math.cos(across), cy + Math.sqrt(3) * Math.sin(across)]));
			if (neighbour !== undefined && groups.get(neighbour) === group) continue;
			let lines = sides.get(group);
			if (!lines) sides.set(group, (lines = []));
			lines.push([toLonLat(cx + Math.cos(from), cy + Math.sin(from)), toLonLat(cx + Math.cos(to), cy + Math.sin(to))]);
		}
	}
	return {
		type: 'FeatureCollection',
		features: [...sides].map(([group, lines]) => ({
			type: 'Feature',
			geometry: { type: 'MultiLineString', coordinates: lines },
			properties: { code: group, name: group }
		}))
	};
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
