import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { decodeBoundaries } from './decodeBoundaries.ts';

const topology: Topology = {
	type: 'Topology',
	arcs: [
		[
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		]
	],
	objects: {
		authorities: {
			type: 'GeometryCollection',
			geometries: [{ type: 'Polygon', id: 'E09000033', arcs: [[0]], properties: { name: 'Westminster' } }]
		},
		counties: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: 'E10000027', arcs: [[0]] }] }
	}
};

describe('decodeBoundaries', () => {
	it('copies the GSS code into properties so it can be promoted to the feature id', () => {
		const { authorities } = decodeBoundaries(topology);
		expect(authorities.features[0].properties).toEqual({ code: 'E09000033', name: 'Westminster' });
		expect(authorities.features[0].geometry.type).toBe('Polygon');
	});

	it('names a feature by its code when the topology gives no name', () => {
		expect(decodeBoundaries(topology).counties.features[0].properties.name).toBe('E10000027');
	});

	it('returns an empty collection for a missing object', () => {
		expect(decodeBoundaries(topology).regions.features).toEqual([]);
	});
});
