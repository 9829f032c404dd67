import { describe, expect, it } from 'vitest';
import { facetCounts, type ApplyFilters, type FacetValuesOf } from './facetCounts.ts';
import { emptyFilters } from './filters.ts';
import { placeInitiatives } from './placeInitiatives.ts';
import { initiative, register } from '../../../tests/support/register.ts';

const placed = placeInitiatives(
	[
		initiative('a', ['E09000033', 'E09000020'], { programme: 'shared_services', category: 'legal' }),
		initiative('b', ['E09000033'], { programme: 'shared_services', category: 'ict' }),
		initiative('c', ['E07000190'], { programme: 'capital_asset_pathfinder', category: 'legal', status: 'ended' })
	],
	register,
	'2012'
);

const valuesOf: FacetValuesOf = (p, facet) => {
	switch (facet) {
		case 'programmes':
			return [p.initiative.programme];
		case 'categories':
			return [p.initiative.category];
		case 'statuses':
			return [p.initiative.status];
		case 'regions':
			return p.codes.map((c) => register.get(c)!.region);
		case 'tiers':
			return p.codes.map((c) => register.get(c)!.tier);
	}
};

const apply: ApplyFilters = (filters) =>
	placed.filter(
		(p) =>
			facetsOk(filters.programmes, [p.initiative.programme]) &&
			facetsOk(filters.categories, [p.initiative.category]) &&
			facetsOk(filters.statuses, [p.initiative.status]) &&
			facetsOk(filters.regions, valuesOf(p, 'regions')) &&
			facetsOk(filters.tiers, valuesOf(p, 'tiers'))
	);
const facetsOk = (chosen: readonly string[], values: readonly string[]) => chosen.length === 0 || values.some((v) => chosen.includes(v));

describe('facetCounts', () => {
	it('counts every value when nothing is chosen', () => {
		const counts = facetCounts(emptyFilters, apply, valuesOf);
		expect(Object.fromEntries(counts.programmes)).toEqual({ shared_services: 2, capital_asset_pathfinder: 1 });
		expect(Object.fromEntries(counts.categories)).toEqual({ legal: 2, ict: 1 });
		expect(Object.fromEntries(counts.regions)).toEqual({ E12000007: 2, E12000009: 1 });
	});

	it('counts a facet over the initiatives that pass the other facets', () => {
		const counts = facetCounts({ ...emptyFilters, categories: ['legal'] }, apply, valuesOf);
		expect(Object.fromEntries(counts.programmes)).toEqual({ shared_services: 1, capital_asset_pathfinder: 1 });
		// The chosen facet keeps counting its alternatives.
		expect(Object.fromEntries(counts.categories)).toEqual({ legal: 2, ict: 1 });
	});

	it('counts an initiative once per value even when several of its authorities share it', () => {
		const counts = facetCounts(emptyFilters, apply, valuesOf);
		expect(counts.tiers.get('single')).toBe(2);
	});
});
