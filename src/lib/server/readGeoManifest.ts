// The geo pipeline's manifest (static/geo/manifest.json), so pages learn the hashed geometry file names
// and the credit line. It is bundled into the server when the app is built rather than fetched per
// request: static files are copied into the build at that same moment and served from there, the files
// it names are content-hashed, and a new manifest makes the build stale (scripts/lib/appBuild.ts), so the
// bundled copy always names the files this server serves. Null when the pipeline had not run before the build.
import type { GeoManifest } from '#lib/geo/geoManifest.ts';

const bundled = import.meta.glob<GeoManifest>('/static/geo/manifest.json', { eager: true, import: 'default' });

export function readGeoManifest(): GeoManifest | null {
	return Object.values(bundled)[0] ?? null;
}
