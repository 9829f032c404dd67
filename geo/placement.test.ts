import { describe, expect, it } from 'vitest';
import { labelPoint, placement } from './placement.ts';

// A U open to the north: its area centroid (x = 1.5) falls in the gap between the arms.
const u = [
	[
		[0, 0],
		[3, 0],
		[3, 3],
		[2, 3],
		[2, 1],
		[1, 1],
		[1, 3],
		[0, 3],
		[0, 0]
	]
];

function inside(polygon: number[][][], [x, y]: number[]): boolean {
	let odd = false;
	for (const ring of polygon) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [a, b] = [ring[j], ring[i]];
			if (a[1] > y !== b[1] > y && x < a[0] + ((y - a[1]) / (b[1] - a[1])) * (b[0] - a[0])) odd = !odd;
		}
	}
	return odd;
}

describe('placement', () => {
	it('uses the area centroid of a convex shape', () => {
		expect(
			labelPoint([
				[
					[0, 0],
					[2, 0],
					[2, 2],
					[0, 2],
					[0, 0]
				]
			])
		).toEqual([1, 1]);
	});

	it('finds a point inside a shape whose centroid lies outside it', () => {
		const point = labelPoint(u);
		expect(inside(u, point)).toBe(true);
	});

	it('labels the largest part of a multi-part shape and boxes all parts', () => {
		const island = [
			[
				[10, 10],
				[10.1, 10],
				[10.1, 10.1],
				[10, 10.1],
				[10, 10]
			]
		];
		const { centroid, bbox } = placement({
			type: 'MultiPolygon',
			coordinates: [
				island,
				[
					[
						[0, 0],
						[2, 0],
						[2, 2],
						[0, 2],
						[0, 0]
					]
				]
			]
		});
		expect(centroid).toEqual([1, 1]);
		expect(bbox).toEqual([0, 0, 10.1, 10.1]);
	});
});
