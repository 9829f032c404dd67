import { describe, expect, it } from 'vitest';
import { describeFilters } from './describeFilters.ts';
import { emptyFilters } from './filters.ts';

const names = {
	programme: (slug: string) => ({ capital_asset_pathfinder: 'Capital and asset pathfinders' })[slug] ?? slug,
	category: (slug: string) => ({ legal: 'Legal', ict: 'ICT' })[slug] ?? slug,
	region: (code: string) => ({ E12000007: 'London' })[code] ?? code
};

describe('describeFilters', () => {
	it('says all published initiatives when nothing is filtered', () => {
		expect(describeFilters(emptyFilters, names)).toBe('All published initiatives');
	});

	it('names every filter in words, in the facet order', () => {
		const line = describeFilters(
			{
				...emptyFilters,
				programmes: ['capital_asset_pathfinder'],
				categories: ['legal', 'ict'],
				statuses: ['operational'],
				regions: ['E12000007'],
				tiers: ['lower'],
				yearFrom: 2010,
				yearTo: 2012
			},
			names
		);
		expect(line).toBe(
			'Filtered to Programme: Capital and asset pathfinders; Services: Legal, ICT; Status: Operational; Region: London; Councils: District councils; Started 2010 to 2012'
		);
	});

	it('names the no-programme filter as the facet does', () => {
		expect(describeFilters({ ...emptyFilters, programmes: ['none', 'capital_asset_pathfinder'] }, names)).toBe(
			'Filtered to Programmes: No programme (shared service), Capital and asset pathfinders'
		);
	});

	it('reads an open year range from either end', () => {
		expect(describeFilters({ ...emptyFilters, yearFrom: 2011 }, names)).toBe('Filtered to Started in 2011 or later');
		expect(describeFilters({ ...emptyFilters, yearTo: 2011 }, names)).toBe('Filtered to Started in 2011 or earlier');
	});
});
