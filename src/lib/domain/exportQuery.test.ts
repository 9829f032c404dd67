import { describe, expect, it } from 'vitest';
import type { Vintage } from './authority.ts';
import { parseExportQuery } from './exportQuery.ts';

const known = {
	programmes: ['capital_asset_pathfinder', 'one_public_estate'],
	categories: ['legal'],
	regions: ['E12000007', 'E12000009'],
	authorities: new Map([
		[
			'E09000033',
			{
				code: 'E09000033',
				name: 'Westminster',
				vintages: ['2012', '2024'] as Vintage[],
				successors: [],
				predecessors: [],
				validFrom: null,
				validTo: null
			}
		],
		[
			'E07000190',
			{
				code: 'E07000190',
				name: 'Taunton Deane',
				vintages: ['2012'] as Vintage[],
				successors: [],
				predecessors: [],
				validFrom: null,
				validTo: '2019-04-01'
			}
		]
	])
};
const parse = (query: string) => parseExportQuery(new URLSearchParams(query), known);

describe('parseExportQuery', () => {
	it('defaults to no filters on the 2012 boundaries', () => {
		expect(parse('')).toEqual({
			filters: { programmes: [], categories: [], statuses: [], regions: [], tiers: [], yearFrom: null, yearTo: null },
			vintage: '2012',
			selected: null
		});
	});

	it('reads repeated parameters and comma lists, without repeats', () => {
		expect(
			parse('status=planned,ended&status=planned&programme=one_public_estate&region=E12000007&tier=upper&from=2010&to=2012&vintage=2024')
		).toEqual({
			filters: {
				programmes: ['one_public_estate'],
				categories: [],
				statuses: ['planned', 'ended'],
				regions: ['E12000007'],
				tiers: ['upper'],
				yearFrom: 2010,
				yearTo: 2012
			},
			vintage: '2024',
			selected: null
		});
	});

	it('reads programme=none, and the old shared_services as none', () => {
		expect(parse('programme=none')).toMatchObject({ filters: { programmes: ['none'] } });
		expect(parse('programme=shared_services')).toMatchObject({ filters: { programmes: ['none'] } });
	});

	it('ignores the map’s display settings and reads its selected council', () => {
		expect(parse('view=hex&metric=savings&figure=target-annual&authority=e09000033&overlay=one_public_estate')).toMatchObject({
			selected: 'E09000033'
		});
	});

	it('refuses a selected council the vintage does not draw', () => {
		expect(parse('authority=E07000190&vintage=2024')).toEqual({
			problems: [{ parameter: 'authority', message: 'no council on the 2024 map has the code “E07000190”' }]
		});
	});

	it('names every bad parameter at once', () => {
		expect(parse('status=live&region=London&to=3000&colour=red')).toEqual({
			problems: [
				{ parameter: 'colour', message: 'unknown parameter; use vintage, programme, category, status, region, tier, from, to, authority' },
				{ parameter: 'status', message: '“live” is not a status; use operational, planned, ended, merged, unknown' },
				{ parameter: 'region', message: 'no region has the code “London”; use an E12 code such as E12000007' },
				{ parameter: 'to', message: '“3000” is not a year between 1900 and 2100' }
			]
		});
	});

	it('refuses a backwards year range and a repeated vintage', () => {
		expect(parse('from=2015&to=2010')).toEqual({ problems: [{ parameter: 'from', message: 'from (2015) is after to (2010)' }] });
		expect(parse('vintage=2012&vintage=2024')).toEqual({ problems: [{ parameter: 'vintage', message: 'give this parameter once' }] });
	});
});
