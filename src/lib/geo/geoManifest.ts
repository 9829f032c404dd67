// The geo pipeline's manifest (static/geo/manifest.json, see geo/README.md): hashed file names per
// vintage, served under /geo/. The one place that says which file draws a view of a vintage, so the map's
// loader, the page's preload of it and the server's map images never name different files.
import type { Vintage } from '../domain/authority.ts';

export interface GeoManifest {
	vintages: Record<Vintage, { boundaries: string; hex: string }>;
	authorities: string;
	attribution: string;
}

export const geoBase = '/geo/';

/** The geometry file (a name in static/geo) drawing the boundary map or the hex cartogram of a vintage. */
export function geometryFile(manifest: GeoManifest, view: 'map' | 'hex', vintage: Vintage): string {
	const files = manifest.vintages[vintage];
	return view === 'hex' ? files.hex : files.boundaries;
}

/** Where the browser fetches that file. */
export function geometryUrl(manifest: GeoManifest, view: 'map' | 'hex', vintage: Vintage): string {
	return geoBase + geometryFile(manifest, view, vintage);
}
