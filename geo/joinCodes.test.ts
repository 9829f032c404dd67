import { describe, expect, it } from 'vitest';
import { boundaryFields, joinedSquares, lookupFields, lookupPath, squaresPath } from './fixtures/squares.ts';
import { GeoInputError } from './GeoInputError.ts';
import { joinCodes } from './joinCodes.ts';
import { readBoundaries } from './readBoundaries.ts';
import { readTable } from './readTable.ts';

const features = () => readBoundaries(squaresPath, boundaryFields);
const lookup = (rows = readTable(lookupPath)) => ({ file: lookupPath, rows, fields: lookupFields });

describe('joinCodes', () => {
	it('replaces old-style codes with GSS codes and keeps England only', () => {
		expect(
			joinedSquares()
				.map((f) => f.code)
				.sort()
		).toEqual(['E06000001', 'E06000002', 'E06000003', 'E07000001', 'E07000002', 'E07000003', 'E07000004']);
	});

	it('attaches county and region from the lookup, and no county to unitaries', () => {
		const byCode = new Map(joinedSquares().map((f) => [f.code, f]));
		expect(byCode.get('E07000001')).toMatchObject({ name: 'Alpha', county: 'E10000001', countyName: 'Northshire', region: 'E12000001' });
		expect(byCode.get('E06000001')).toMatchObject({ county: null, region: 'E12000001', regionName: 'North East' });
	});

	it('stops on a boundary code the lookup lacks, naming the boundary file and code', () => {
		const rows = readTable(lookupPath).filter((row) => row.LAD12CDO !== '00AB');
		expect(() => joinCodes(features(), squaresPath, [lookup(rows)])).toThrow(
			new GeoInputError(squaresPath, `code 00AB has no row in ${lookupPath}`, '00AB')
		);
	});

	it('stops on a lookup code the boundaries lack, naming the lookup file and code', () => {
		const withoutBeta = features().filter((f) => f.code !== '00AB');
		expect(() => joinCodes(withoutBeta, squaresPath, [lookup()])).toThrow(`${lookupPath}: code E07000002 is not in ${squaresPath}`);
	});

	it('lets a second lookup add columns for a subset of authorities', () => {
		const counties = {
			file: 'counties.csv',
			rows: [{ LAD12CD: 'E07000001', CTY: 'E10000009', CTYNM: 'Renamedshire' }],
			fields: { join: ['LAD12CD'], code: ['LAD12CD'], county: ['CTY'], countyName: ['CTYNM'] }
		};
		const joined = joinCodes(features(), squaresPath, [lookup(), counties]);
		expect(joined.find((f) => f.code === 'E07000001')).toMatchObject({ county: 'E10000009', countyName: 'Renamedshire' });
	});

	it('reads a ward-level lookup where every authority repeats', () => {
		const rows = readTable(lookupPath).flatMap((row) => [row, row, row]);
		expect(joinCodes(features(), squaresPath, [lookup(rows)])).toHaveLength(7);
	});
});
