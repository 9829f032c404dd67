// The map's one cache of decoded geometry: a promise per geometry file (the manifest's file for a view and
// vintage), started the moment it is first asked for, so it downloads alongside MapLibre, and kept for the
// map's life, so switching back to a view or vintage costs nothing. A failed load is forgotten, so asking
// again retries.
import type { Vintage } from '../domain/authority.ts';
import { geometryUrl, type GeoManifest } from '../geo/geoManifest.ts';
// Small, and needed first: bundled with the page rather than fetched as chunks once the map mounts.
import { loadBoundaries } from './boundarySource.ts';
import { loadHexes } from './hexSource.ts';
import type { ViewGeometry } from './viewGeometry.ts';

export interface GeometryInputs {
	manifest: GeoManifest;
	/** The register's label points [lon, lat] by code. */
	centroids: ReadonlyMap<string, [number, number]>;
	/** The register's county of each two-tier district, for county outlines on the hex map. */
	parents: ReadonlyMap<string, string>;
}

export class GeometryCache {
	#pending = new Map<string, Promise<ViewGeometry>>();
	#inputs: () => GeometryInputs;

	/** `inputs` is read when a file is first loaded; a file once decoded stays as it is. */
	constructor(inputs: () => GeometryInputs) {
		this.#inputs = inputs;
	}

	get(view: 'map' | 'hex', vintage: Vintage): Promise<ViewGeometry> {
		const { manifest, centroids, parents } = this.#inputs();
		const url = geometryUrl(manifest, view, vintage);
		let pending = this.#pending.get(url);
		if (!pending) {
			pending = view === 'hex' ? loadHexes(url, parents) : loadBoundaries(url, centroids);
			this.#pending.set(url, pending);
			pending.catch(() => this.#pending.delete(url));
		}
		return pending;
	}
}
