import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import { buildTopology } from './buildTopology.ts';
import { joinedSquares } from './fixtures/squares.ts';
import { simplifyTopology } from './simplify.ts';

const topology = buildTopology(joinedSquares());
const partsOf = (simplified: ReturnType<typeof simplifyTopology>, code: string) =>
	(
		feature(
			simplified,
			simplified.objects.authorities.geometries.find((g) => g.id === code)!
		) as Feature<MultiPolygon>
	).geometry.coordinates;

describe('simplifyTopology', () => {
	it('drops islands below the minimum area from authorities that have a larger part', () => {
		const simplified = simplifyTopology(topology, { minWeight: 0, minArea: 0.001, quantization: 1e4 });
		expect(partsOf(simplified, 'E06000002')).toHaveLength(1);
	});

	it('keeps an authority that is only a small island, however coarse the settings', () => {
		const simplified = simplifyTopology(topology, { minWeight: 1, minArea: 1, quantization: 1e4 });
		expect(simplified.objects.authorities.geometries.map((g) => g.id)).toContain('E06000003');
		expect(partsOf(simplified, 'E06000003')[0][0].length).toBeGreaterThanOrEqual(4);
	});

	it('keeps every authority with a real area when simplification would flatten it', () => {
		// A weight above a unit square's corner triangles would otherwise leave every ring a line.
		const simplified = simplifyTopology(topology, { minWeight: 10, minArea: 0, quantization: 1e4 });
		for (const geometry of simplified.objects.authorities.geometries) {
			const ring = partsOf(simplified, String(geometry.id))[0][0];
			expect(new Set(ring.map((p) => p.join())).size, String(geometry.id)).toBeGreaterThanOrEqual(3);
		}
	});

	it('quantizes to integer, delta-encoded arcs', () => {
		const simplified = simplifyTopology(topology, { minWeight: 0, minArea: 0, quantization: 1e4 });
		expect(simplified.transform).toBeDefined();
		expect(simplified.arcs.flat(2).every(Number.isInteger)).toBe(true);
	});

	it('leaves its input untouched, so neighbours and labels still see full detail', () => {
		const before = JSON.stringify(topology);
		simplifyTopology(topology, { minWeight: 1, minArea: 1, quantization: 1e4 });
		expect(JSON.stringify(topology)).toBe(before);
	});
});
