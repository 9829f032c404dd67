// Facet counts that answer "how many initiatives would I see if I also ticked this?": each facet is
// counted over the initiatives that pass every *other* facet, so ticking values in one facet never
// zeroes its own alternatives.
import type { Filters } from './filters.ts';
import type { PlacedInitiative } from './initiative.ts';

export const facets = ['programmes', 'categories', 'statuses', 'regions', 'tiers'] as const;
export type Facet = (typeof facets)[number];

export type FacetCounts = Record<Facet, Map<string, number>>;

/** The facet values one placed initiative carries (regions and tiers come from the codes it touches). */
export type FacetValuesOf = (placed: PlacedInitiative, facet: Facet) => readonly string[];

/** Applies filters to the placed initiatives (the data layer's filterInitiatives, bound to its lookups). */
export type ApplyFilters = (filters: Filters) => PlacedInitiative[];

export function facetCounts(filters: Filters, apply: ApplyFilters, valuesOf: FacetValuesOf): FacetCounts {
	const counts = {} as FacetCounts;
	for (const facet of facets) {
		const tally = new Map<string, number>();
		for (const placed of apply({ ...filters, [facet]: [] })) {
			for (const value of new Set(valuesOf(placed, facet))) tally.set(value, (tally.get(value) ?? 0) + 1);
		}
		counts[facet] = tally;
	}
	return counts;
}
