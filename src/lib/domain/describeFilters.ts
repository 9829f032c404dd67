// One line naming an explorer state's filters in words, for the line under a map image and for link
// previews: "All published initiatives" when nothing is filtered.
import type { Filters } from './filters.ts';
import { statusLabels, tierLabels } from './filterLabels.ts';
import { noProgramme, noProgrammeLabel } from './noProgramme.ts';

export interface FilterNames {
	programme: (slug: string) => string;
	category: (slug: string) => string;
	/** An E12 region code's name. */
	region: (code: string) => string;
}

export function describeFilters(filters: Filters, names: FilterNames): string {
	const parts: string[] = [];
	const list = <T extends string>(label: string, values: readonly T[], name: (value: T) => string) => {
		if (values.length > 0) parts.push(`${label}: ${values.map(name).join(', ')}`);
	};
	list(filters.programmes.length > 1 ? 'Programmes' : 'Programme', filters.programmes, (slug) =>
		slug === noProgramme ? noProgrammeLabel : names.programme(slug)
	);
	list(filters.categories.length > 1 ? 'Services' : 'Service', filters.categories, names.category);
	list('Status', filters.statuses, (status) => statusLabels[status] ?? status);
	list(filters.regions.length > 1 ? 'Regions' : 'Region', filters.regions, names.region);
	list('Councils', filters.tiers, (tier) => tierLabels[tier]);
	const { yearFrom: from, yearTo: to } = filters;
	if (from !== null && to !== null) parts.push(from === to ? `Started in ${from}` : `Started ${from} to ${to}`);
	else if (from !== null) parts.push(`Started in ${from} or later`);
	else if (to !== null) parts.push(`Started in ${to} or earlier`);
	return parts.length === 0 ? 'All published initiatives' : `Filtered to ${parts.join('; ')}`;
}
