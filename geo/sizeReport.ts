// The per-vintage size figures the benchmark issue reads from static/geo/size-report.json: what the
// browser downloads, how much geometry it holds, and what the same features weigh before simplification.
import { gzipSync } from 'node:zlib';
import type { SourceFeature } from './readBoundaries.ts';

export interface SizeEntry {
	rawBytes: number;
	gzipBytes: number;
	arcs: number;
	points: number;
	authorities: number;
	counties: number;
	/** Gzipped GeoJSON of the same source features, unsimplified. */
	sourceGzipBytes: number;
}

export function sourceGzipBytes(features: SourceFeature[]): number {
	const collection = {
		type: 'FeatureCollection',
		features: features.map(({ code, name, geometry }) => ({ type: 'Feature', id: code, properties: { name }, geometry }))
	};
	return gzipSync(JSON.stringify(collection)).length;
}

export function sizeEntry(
	boundaries: { json: string; gzipBytes: number; arcs: number; points: number },
	counts: { authorities: number; counties: number },
	sourceBytes: number
): SizeEntry {
	return {
		rawBytes: Buffer.byteLength(boundaries.json),
		gzipBytes: boundaries.gzipBytes,
		arcs: boundaries.arcs,
		points: boundaries.points,
		authorities: counts.authorities,
		counties: counts.counties,
		sourceGzipBytes: sourceBytes
	};
}
