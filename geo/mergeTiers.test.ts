import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon } from 'geojson';
import { buildTopology } from './buildTopology.ts';
import { joinedSquares } from './fixtures/squares.ts';
import { mergeTiers } from './mergeTiers.ts';

function setup() {
	const squares = joinedSquares();
	const topology = buildTopology(squares);
	const byCode = new Map(squares.map((f) => [f.code, f]));
	const names = new Map([
		['E10000001', 'Northshire'],
		['E10000002', 'Southshire']
	]);
	const counties = mergeTiers(topology, topology.objects.authorities.geometries, (code) => byCode.get(code)!.county, names);
	return { topology, counties, byCode };
}

const arcsOf = (arcs: number[][][] | number[][]) => new Set(arcs.flat<typeof arcs, 2>(2).map((arc) => (arc < 0 ? ~arc : arc)));

describe('mergeTiers', () => {
	it('makes one geometry per county, with its code and name', () => {
		const { counties } = setup();
		expect(counties.map((c) => [c.id, c.properties?.name])).toEqual([
			['E10000001', 'Northshire'],
			['E10000002', 'Southshire']
		]);
	});

	it('dissolves the inner border: two unit squares become one 2 x 1 ring', () => {
		const { topology, counties } = setup();
		const northshire = (feature(topology, counties[0]) as Feature<MultiPolygon>).geometry;
		expect(northshire.coordinates).toHaveLength(1);
		const xs = northshire.coordinates[0][0].map((p) => p[0]);
		const ys = northshire.coordinates[0][0].map((p) => p[1]);
		// Snapping to the topology's grid moves corners by under a micro-degree.
		expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)].map((v) => Math.round(v * 1e4) / 1e4)).toEqual([0, 2, 1, 2]);
	});

	it('draws county edges with the very arcs of their districts', () => {
		const { topology, counties } = setup();
		const districtArcs = new Set(
			topology.objects.authorities.geometries
				.filter((g) => String(g.id).startsWith('E07'))
				.flatMap((g) => [...arcsOf((g as { arcs: number[][] }).arcs)])
		);
		for (const county of counties) for (const arc of arcsOf(county.arcs)) expect(districtArcs).toContain(arc);
	});

	it('leaves authorities without a group out', () => {
		const { topology } = setup();
		const only = mergeTiers(topology, topology.objects.authorities.geometries, (code) => (code === 'E06000003' ? 'X' : null), new Map());
		expect(only.map((g) => g.id)).toEqual(['X']);
	});
});
