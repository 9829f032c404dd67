// Everything the explorer shows for one state, derived in one pass so the map, hex, table, legend and
// panel always agree: initiatives placed on the vintage, filtered, counted per authority and per facet.
import type { Authority } from './authority.ts';
import { effectiveStatus } from './effectiveStatus.ts';
import type { ExplorerState } from './filters.ts';
import type { Initiative, PlacedInitiative } from './initiative.ts';
import { facetCounts, type FacetCounts, type FacetValuesOf } from './facetCounts.ts';
import { filterInitiatives } from './filterInitiatives.ts';
import { authorityFigures, metricValue, type AuthorityFigures } from './metrics.ts';
import { programmeKey } from './noProgramme.ts';
import { arrangementTotals, type SavingsTotals } from './savings/savingsTotals.ts';
import { placeInitiatives } from './placeInitiatives.ts';
import { countedInitiatives, type Relation } from './relations.ts';

export interface ExplorerModel {
	/** Authorities the vintage draws (lower and single tier, and counties as outlines). */
	drawn: Authority[];
	placed: PlacedInitiative[];
	filtered: PlacedInitiative[];
	figures: Map<string, AuthorityFigures>;
	/** The chosen metric's value per drawn code; null is no data. */
	values: Map<string, number | null>;
	counts: FacetCounts;
	/** The selected authority's filtered initiatives, and the other authorities they touch. */
	selectedInitiatives: PlacedInitiative[];
	partners: Set<string>;
	/** Codes touched by each overlay programme (all its initiatives on the vintage, whatever the filters). */
	overlayCodes: Map<string, Set<string>>;
	/**
	 * The filtered arrangements counted once (countedInitiatives): how many, and their savings per kind and
	 * period (each one's whole figure); `countedWithOthers` are filtered but counted with their parent or successor.
	 */
	totals: { initiatives: number; countedWithOthers: number; authorities: number; savings: SavingsTotals; viaSuccessor: number };
}

export function explorerModel(
	initiatives: readonly Initiative[],
	register: ReadonlyMap<string, Authority>,
	state: ExplorerState,
	relations: readonly Relation[]
): ExplorerModel {
	const { vintage, filters, metric, measure, selected } = state;
	const drawn = [...register.values()].filter((authority) => authority.vintages.includes(vintage));
	const placed = placeInitiatives(initiatives, register, vintage);
	const filtered = filterInitiatives(placed, filters, register);
	const figures = authorityFigures(filtered, drawn, vintage, relations);
	const values = new Map([...figures].map(([code, figure]) => [code, metricValue(figure, metric, measure)]));

	const valuesOf: FacetValuesOf = (entry, facet) => {
		switch (facet) {
			case 'programmes':
				return [programmeKey(entry.initiative)];
			case 'categories':
				return [entry.initiative.category];
			case 'statuses':
				return [effectiveStatus(entry.initiative).status];
			case 'regions':
				return entry.codes.flatMap((code) => register.get(code)?.region ?? []);
			case 'tiers':
				return entry.codes.flatMap((code) => register.get(code)?.tier ?? []);
		}
	};
	const counts = facetCounts(filters, (chosen) => filterInitiatives(placed, chosen, register), valuesOf);

	const selectedInitiatives = selected ? filtered.filter((entry) => entry.codes.includes(selected)) : [];
	const partners = new Set(selectedInitiatives.flatMap((entry) => entry.codes));
	if (selected) partners.delete(selected);

	const overlayCodes = new Map<string, Set<string>>();
	for (const slug of state.overlays) {
		overlayCodes.set(slug, new Set(placed.filter((entry) => entry.initiative.programme === slug).flatMap((entry) => entry.codes)));
	}

	const figuresList = [...figures.values()];
	const counted = countedInitiatives(
		filtered.map((entry) => entry.initiative),
		relations
	);
	return {
		drawn,
		placed,
		filtered,
		figures,
		values,
		counts,
		selectedInitiatives,
		partners,
		overlayCodes,
		totals: {
			initiatives: counted.length,
			countedWithOthers: filtered.length - counted.length,
			authorities: figuresList.filter((figure) => figure.count > 0).length,
			savings: arrangementTotals(counted, relations),
			viaSuccessor: filtered.filter((entry) => entry.viaSuccessor).length
		}
	};
}
