import { describe, expect, it } from 'vitest';
import { buildTopology } from './buildTopology.ts';
import { joinedSquares } from './fixtures/squares.ts';
import { mergeTiers } from './mergeTiers.ts';
import { neighbours } from './neighbours.ts';

const squares = joinedSquares();
const topology = buildTopology(squares);
const authorities = topology.objects.authorities.geometries;

describe('neighbours', () => {
	it('lists the authorities that share an edge, sorted', () => {
		const result = neighbours(authorities);
		// Alpha touches Beta (east) and Delta (south); Epsilon, diagonal to it, only meets at a corner.
		expect(result.get('E07000001')).toEqual(['E07000002', 'E07000003']);
		expect(result.get('E07000004')).toEqual(['E06000002', 'E07000002', 'E07000003']);
	});

	it('gives an island no neighbours', () => {
		expect(neighbours(authorities).get('E06000003')).toEqual([]);
	});

	it('never lists an authority as its own neighbour', () => {
		for (const [code, list] of neighbours(authorities)) expect(list).not.toContain(code);
	});

	it('lists only the subjects: counties see unitaries, unitaries do not see counties', () => {
		const byCode = new Map(squares.map((f) => [f.code, f]));
		const counties = mergeTiers(topology, authorities, (code) => byCode.get(code)!.county, new Map());
		const singleTier = authorities.filter((g) => !byCode.get(String(g.id))!.county);
		const result = neighbours([...counties, ...singleTier], new Set(['E10000001', 'E10000002']));
		expect(result.get('E10000001')).toEqual(['E06000001', 'E10000002']);
		expect(result.get('E10000002')).toEqual(['E06000002', 'E10000001']);
		expect(result.has('E06000001')).toBe(false);
	});
});
