// The geo pipeline's manifest, read through SvelteKit's fetch (it is a static file under /geo/), so
// pages learn the hashed geometry file names and the credit line. Null when the pipeline has not run.
import type { GeoManifest } from '#lib/geo/geoManifest.ts';

export async function readGeoManifest(fetch: typeof globalThis.fetch): Promise<GeoManifest | null> {
	try {
		const response = await fetch('/geo/manifest.json');
		return response.ok ? ((await response.json()) as GeoManifest) : null;
	} catch {
		return null;
	}
}
