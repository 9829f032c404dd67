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

	describe('group outlines (a county around its districts)', () => {
		// A and B side by side, C above them (odd-r: row 1 shifted right, so C touches both), E far away.
		const grouped = { layout: 'odd-r' as const, hexes: { A: { q: 0, r: 0 }, B: { q: 1, r: 0 }, C: { q: 0, r: 1 }, E: { q: 5, r: 0 } } };
		const sideCount = (outline: { geometry: { coordinates: unknown[] } } | undefined) => outline?.geometry.coordinates.length;

		it('draws every side of a group where it meets anything else, and none between its own hexes', () => {
			const { outlines } = hexPolygons(
				grouped,
				englandBox,
				new Map([
					['A', 'X'],
					['B', 'X'],
					['C', 'Y']
				])
			);
			const byCode = new Map(outlines.features.map((f) => [f.properties.code, f]));
			// A and B share one side: 12 − 2 sides outline X; C stands alone in Y: 6.
			expect(sideCount(byCode.get('X'))).toBe(10);
			expect(sideCount(byCode.get('Y'))).toBe(6);
			expect(byCode.has('E')).toBe(false);
		});

		it('outlines a group of one hex with all six sides, along the gap between hexes', () => {
			const { outlines, hexes } = hexPolygons(grouped, englandBox, new Map([['E', 'Z']]));
			const segments = outlines.features[0].geometry.coordinates;
			expect(segments).toHaveLength(6);
			// The outline sits just outside the hex drawn at 96% size, on the hex's own corners at full size.
			const [west, , east] = boxOf(segments.flat());
			const [hexWest, , hexEast] = boxOf(hexes.features.find((f) => f.properties.code === 'E')!.geometry.coordinates[0]);
			expect(west).toBeLessThan(hexWest);
			expect(east).toBeGreaterThan(hexEast);
		});

		it('draws no outlines without groups', () => {
			expect(hexPolygons(grouped).outlines.features).toEqual([]);
		});
	});
});

function boxOf(points: number[][]): [number, number, number, number] {
	const xs = points.map(([x]) => x);
	const ys = points.map(([, y]) => y);
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
