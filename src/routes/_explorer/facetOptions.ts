// The explorer's facet choices with their labels and counts, in reading order. Programmes and categories
// with no initiative at all are left out unless chosen, so the lists stay short. While the initiatives
// are on their way (null), every programme and category is listed, without counts.
import type { Authority } from '#lib/domain/authority.ts';
import type { FacetCounts } from '#lib/domain/facetCounts.ts';
import type { Filters } from '#lib/domain/filters.ts';
import { noProgramme, noProgrammeLabel, programmeKey } from '#lib/domain/noProgramme.ts';
import { statuses, type Category, type Initiative, type Programme } from '#lib/domain/initiative.ts';
import type { FacetOption } from '#lib/components/FacetList.svelte';
import { statusLabels, tierLabels } from '#lib/domain/filterLabels.ts';

export function facetOptions(
	counts: FacetCounts,
	filters: Filters,
	initiatives: readonly Initiative[] | null,
	programmes: readonly Programme[],
	categories: readonly Category[],
	register: readonly Authority[]
): Record<keyof FacetCounts, FacetOption[]> {
	const used = (key: 'programme' | 'category') => (initiatives ? new Set(initiatives.map((initiative) => initiative[key])) : null);
	const programmesUsed = initiatives ? new Set(initiatives.map(programmeKey)) : null;
	const categoriesUsed = used('category');
	const regions = new Map(register.map((authority) => [authority.region, authority.regionName]));
	const option = (facet: keyof FacetCounts, value: string, label: string) => ({
		value,
		label,
		count: initiatives ? (counts[facet].get(value) ?? 0) : null
	});
	return {
		programmes: [{ slug: noProgramme, name: noProgrammeLabel }, ...programmes]
			.filter((p) => !programmesUsed || programmesUsed.has(p.slug) || filters.programmes.includes(p.slug))
			.map((p) => option('programmes', p.slug, p.name)),
		categories: categories
			.filter((c) => !categoriesUsed || categoriesUsed.has(c.slug) || filters.categories.includes(c.slug))
			.sort((a, b) => a.name.localeCompare(b.name))
			.map((c) => option('categories', c.slug, c.name)),
		statuses: statuses.map((s) => option('statuses', s, statusLabels[s])),
		regions: [...regions].sort((a, b) => a[1].localeCompare(b[1])).map(([code, name]) => option('regions', code, name)),
		tiers: Object.entries(tierLabels).map(([tier, label]) => option('tiers', tier, label))
	};
}
