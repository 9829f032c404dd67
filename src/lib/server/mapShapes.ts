// The shapes a map image draws, read from the same files the browser's map fetches (static/geo, named by
// its manifest): boundary TopoJSON decoded with topojson-client, or the HexJSON laid out as on the map.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { countiesOfDistricts, type Vintage } from '#lib/domain/authority.ts';
import { decodeBoundaries } from '#lib/geo/decodeBoundaries.ts';
import { englandBox, hexPolygons, type HexJson } from '#lib/geo/hexPolygons.ts';
import { geometryFile, type GeoManifest } from '#lib/geo/geoManifest.ts';
import type { MapImageInput } from '#lib/geo/renderMapSvg.ts';
import { geoDir, readManifestText, readRegister } from './register.ts';

export type MapShapes = MapImageInput['geometry'];

// Geometry files are content-hashed and never change under their names, so one decode per file is safe to
// share between requests, as the register's parse is.
const decoded = new Map<string, Promise<MapShapes>>();

export async function readMapShapes(view: 'map' | 'hex', vintage: Vintage, dir: string = geoDir()): Promise<MapShapes> {
	const manifest = JSON.parse(await readManifestText(dir)) as GeoManifest;
	const file = join(dir, geometryFile(manifest, view, vintage));
	let shapes = decoded.get(file);
	if (!shapes) {
		shapes = view === 'hex' ? hexShapes(file, dir) : boundaryShapes(file);
		decoded.set(file, shapes);
		shapes.catch(() => decoded.delete(file));
	}
	return shapes;
}

async function boundaryShapes(file: string): Promise<MapShapes> {
	const { authorities, counties } = decodeBoundaries(JSON.parse(await readFile(file, 'utf8')) as Topology);
	return { kind: 'map', authorities, counties };
}

async function hexShapes(file: string, dir: string): Promise<MapShapes> {
	const [hexjson, register] = await Promise.all([readFile(file, 'utf8').then((text) => JSON.parse(text) as HexJson), readRegister(dir)]);
	const { hexes, outlines } = hexPolygons(hexjson, englandBox, countiesOfDistricts(register));
	return { kind: 'hex', authorities: hexes, counties: outlines.features.length > 0 ? outlines : null };
}
