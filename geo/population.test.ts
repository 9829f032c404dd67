import { describe, expect, it } from 'vitest';
import { population, type PopulationTable } from './population.ts';

const fields = { code: ['code', 'Code'], value: ['population', 'All ages'] };
const table = (file: string, rows: [string, string][]): PopulationTable => ({
	file,
	rows: rows.map(([code, population]) => ({ code, population })),
	fields
});
const parents = new Map<string, string | null>([
	['E07000001', 'E10000001'],
	['E07000002', 'E10000001'],
	['E06000048', null],
	['E10000001', null]
]);
const recoded = new Map([['E06000057', 'E06000048']]);

describe('population', () => {
	it('joins estimates to the vintage codes, counties included', () => {
		const lads = table('lad.csv', [
			['E07000001', '100'],
			['E07000002', '50'],
			['E06000048', '7'],
			['W06000001', '9']
		]);
		const values = population([lads, table('cty.csv', [['E10000001', '151']])], parents, recoded);
		expect(Object.fromEntries(values)).toEqual({ E07000001: 100, E07000002: 50, E06000048: 7, E10000001: 151 });
	});

	it('takes a figure published on a later code when the vintage code has none', () => {
		const values = population(
			[
				table('lad.csv', [
					['E07000001', '1'],
					['E07000002', '2'],
					['E06000057', '7']
				])
			],
			parents,
			recoded
		);
		expect(values.get('E06000048')).toBe(7);
	});

	it('adds up the districts when no table has county rows', () => {
		const values = population(
			[
				table('lad.csv', [
					['E07000001', '100'],
					['E07000002', '50'],
					['E06000048', '7']
				])
			],
			parents,
			recoded
		);
		expect(values.get('E10000001')).toBe(150);
	});

	it('stops on an estimate for a code the vintage lacks, naming file and code', () => {
		const lads = table('lad.csv', [
			['E07000001', '1'],
			['E07000002', '2'],
			['E06000048', '7'],
			['E07000999', '3']
		]);
		expect(() => population([lads], parents, recoded)).toThrow("lad.csv: code E07000999 is not in this vintage's boundaries");
	});

	it('stops on an authority without an estimate', () => {
		expect(() =>
			population(
				[
					table('lad.csv', [
						['E07000001', '1'],
						['E07000002', '2']
					])
				],
				parents,
				recoded
			)
		).toThrow('code E06000048 has no population');
	});
});
