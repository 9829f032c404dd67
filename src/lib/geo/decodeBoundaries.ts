// Turns the geo pipeline's boundary TopoJSON (geo/README.md) into GeoJSON once, with the GSS code copied
// into each feature's properties: MapLibre promotes it to the feature id (promoteId: 'code'), since it
// only accepts numeric ids on the features themselves.
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';

export interface BoundaryProperties {
	code: string;
	name: string;
}

export type BoundaryCollection = FeatureCollection<Geometry, BoundaryProperties>;

export interface DecodedBoundaries {
	/** Lower and single tier authorities: the choropleth. */
	authorities: BoundaryCollection;
	/** County councils (E10), drawn as outlines over their districts. */
	counties: BoundaryCollection;
	regions: BoundaryCollection;
}

export function decodeBoundaries(topology: Topology): DecodedBoundaries {
	return {
		authorities: decodeObject(topology, 'authorities'),
		counties: decodeObject(topology, 'counties'),
		regions: decodeObject(topology, 'regions')
	};
}

function decodeObject(topology: Topology, name: string): BoundaryCollection {
	const object = topology.objects[name] as GeometryCollection<{ name?: string }> | undefined;
	if (!object) return { type: 'FeatureCollection', features: [] };
	const collection = feature(topology, object);
	return {
		type: 'FeatureCollection',
		features: collection.features
			.filter((f) => f.id !== undefined && f.geometry)
			.map((f) => ({
				type: 'Feature',
				geometry: f.geometry,
				properties: { code: String(f.id), name: f.properties?.name ?? String(f.id) }
			}))
	};
}
