// Reads a boundary file, TopoJSON (the mirror) or GeoJSON (an ONS FeatureServer query), into plain
// features with a code and a name, refusing files whose fields or codes are not what the sources promise.
import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { GeoInputError } from './GeoInputError.ts';
import { pickFields } from './pickFields.ts';

export interface SourceFeature {
	code: string;
	name: string;
	geometry: Polygon | MultiPolygon;
}

export function readBoundaries(path: string, fields: { code: string[]; name: string[] }): SourceFeature[] {
	const collection = toFeatures(JSON.parse(readFileSync(path, 'utf8')), path);
	const first = collection.features[0];
	if (!first) throw new GeoInputError(path, 'has no features');
	const picked = pickFields(Object.keys(first.properties ?? {}), fields, path);
	const seen = new Set<string>();
	return collection.features.map((item, index) => {
		const code = String(item.properties?.[picked.code] ?? '').trim();
		if (!code) throw new GeoInputError(path, `feature ${index} has no ${picked.code}`);
		if (seen.has(code)) throw new GeoInputError(path, `code ${code} appears twice`, code);
		seen.add(code);
		const geometry = item.geometry;
		if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') {
			throw new GeoInputError(path, `code ${code} has no polygon geometry`, code);
		}
		return { code, name: String(item.properties?.[picked.name] ?? ''), geometry };
	});
}

function toFeatures(parsed: unknown, path: string): FeatureCollection {
	const json = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { type?: unknown; objects?: Record<string, unknown> };
	if (json.type === 'FeatureCollection') return json as unknown as FeatureCollection;
	if (json.type !== 'Topology' || !json.objects) throw new GeoInputError(path, 'is neither GeoJSON nor TopoJSON');
	const names = Object.keys(json.objects);
	// The mirror's converter always names its one object "data"; anything else must be unambiguous.
	const name = names.includes('data') ? 'data' : names.length === 1 ? names[0] : null;
	if (!name) throw new GeoInputError(path, `has objects ${names.join(', ')} but none called data`);
	const topology = json as unknown as Topology;
	return feature(topology, topology.objects[name]) as FeatureCollection;
}
