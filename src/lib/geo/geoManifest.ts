// The geo pipeline's manifest (static/geo/manifest.json, see geo/README.md): hashed file names per
// vintage, served under /geo/.
import type { Vintage } from '../domain/authority.ts';

export interface GeoManifest {
	vintages: Record<Vintage, { boundaries: string; hex: string }>;
	authorities: string;
	attribution: string;
}

export const geoBase = '/geo/';
