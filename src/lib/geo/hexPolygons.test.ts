import { describe, expect, it } from 'vitest';
import { centreOf, englandBox, hexPolygons } from './hexPolygons.ts';

describe('hexPolygons', () => {
	const layout = {
		layout: 'odd-r' as const,
		hexes: { A: { q: 0, r: 0, n: 'Alpha' }, B: { q: 1, r: 0 }, C: { q: 0, r: 1 }, D: { q: 0, r: -1 } }
	};

	it('makes one closed hexagon per code, carrying the code for promoteId', () => {
		const { hexes } = hexPolygons(layout);
		expect(hexes.features.map((f) => f.properties.code)).toEqual(['A', 'B', 'C', 'D']);
		const ring = hexes.features[0].geometry.coordinates[0];
		expect(ring).toHaveLength(7);
		expect(ring[0]).toEqual(ring[6]);
		expect(hexes.features[0].properties).toEqual({ code: 'A', name: 'Alpha' });
		expect(hexes.features[1].properties.name).toBe('B');
	});

	it('shifts odd rows (negative ones too) half a hex to the right in odd-r', () => {
		expect(centreOf('odd-r', 0, 1)[0]).toBeCloseTo(Math.sqrt(3) / 2);
		expect(centreOf('odd-r', 0, -1)[0]).toBeCloseTo(Math.sqrt(3) / 2);
		expect(centreOf('even-r', 0, 0)[0]).toBeCloseTo(Math.sqrt(3) / 2);
	});

	it('puts higher rows further north', () => {
		const { centres } = hexPolygons(layout);
		expect(centres.get('C')![1]).toBeGreaterThan(centres.get('A')![1]);
		expect(centres.get('D')![1]).toBeLessThan(centres.get('A')![1]);
	});

	it('fits the layout inside the box', () => {
		const { bbox } = hexPolygons(layout);
		expect(bbox[0]).toBeGreaterThanOrEqual(englandBox[0] - 1e-9);
		expect(bbox[1]).toBeGreaterThanOrEqual(englandBox[1] - 1e-9);
		expect(bbox[2]).toBeLessThanOrEqual(englandBox[2] + 1e-9);
		expect(bbox[3]).toBeLessThanOrEqual(englandBox[3] + 1e-9);
	});
});
