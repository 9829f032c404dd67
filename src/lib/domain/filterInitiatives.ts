// Applies the explorer's Filters to placed initiatives: the map, the table and the export files all
// filter here, so a download holds exactly what the map shows for the same URL.
import type { Authority } from './authority.ts';
import type { Filters } from './filters.ts';
import { effectiveStatus } from './effectiveStatus.ts';
import type { PlacedInitiative } from './initiative.ts';
import { programmeKey } from './noProgramme.ts';

export type FilterAuthority = Pick<Authority, 'region' | 'tier'>;

/**
 * Facets combine with AND, values within a facet with OR. Status is the status views show (effectiveStatus).
 * Programme `none` is the initiatives in no programme. Region and tier match when any authority the
 * initiative touches on the vintage does. A year range leaves out initiatives whose start year is unknown.
 */
export function filterInitiatives(
	placed: readonly PlacedInitiative[],
	filters: Filters,
	authorities: ReadonlyMap<string, FilterAuthority>
): PlacedInitiative[] {
	const wants = <T>(chosen: readonly T[], value: T) => chosen.length === 0 || chosen.includes(value);
	const touches = (codes: string[], test: (authority: FilterAuthority) => boolean) =>
		codes.some((code) => {
			const authority = authorities.get(code);
			return authority !== undefined && test(authority);
		});
	return placed.filter(({ initiative, codes }) => {
		if (!wants(filters.programmes, programmeKey(initiative))) return false;
		if (!wants(filters.categories, initiative.category)) return false;
		if (filters.statuses.length > 0 && !filters.statuses.includes(effectiveStatus(initiative).status)) return false;
		if (filters.regions.length > 0 && !touches(codes, (a) => filters.regions.includes(a.region))) return false;
		if (filters.tiers.length > 0 && !touches(codes, (a) => (filters.tiers as string[]).includes(a.tier))) return false;
		if (filters.yearFrom !== null || filters.yearTo !== null) {
			const year = initiative.startYear;
			if (year === null) return false;
			if (filters.yearFrom !== null && year < filters.yearFrom) return false;
			if (filters.yearTo !== null && year > filters.yearTo) return false;
		}
		return true;
	});
}
