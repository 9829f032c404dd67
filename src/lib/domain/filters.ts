// The explorer's state as it lives in the URL: view, vintage, metric, facets and selection. Its values
// and defaults come from the parameter table (explorerParams.ts).
import { vintages, currentVintage, tiers, type Tier, type Vintage } from './authority.ts';
import type { Status } from './initiative.ts';
import type { SavingsMeasure } from './savings/savingsFigure.ts';
import { explorerParams, metrics, urlGrammar, views } from './explorerParams.ts';

export { metrics, tiers, views };
export type View = (typeof views)[number];
export type Metric = (typeof metrics)[number];

export interface Filters {
	programmes: string[];
	categories: string[];
	statuses: Status[];
	regions: string[];
	tiers: Tier[];
	/** Inclusive start-year range; null bounds are open. */
	yearFrom: number | null;
	yearTo: number | null;
}

export interface ExplorerState {
	view: View;
	vintage: Vintage;
	metric: Metric;
	/** The kind and period of savings the savings metrics colour by: figures of different ones are never added. */
	measure: SavingsMeasure;
	filters: Filters;
	/** Selected authority code, or null. */
	selected: string | null;
	/** Programme slugs drawn as patterned overlays on the map, in the order they were switched on. */
	overlays: string[];
}

/** The explorer's URL grammar: its parsers, serialiser and the forms' hidden inputs. */
export const explorerGrammar = urlGrammar<ExplorerState>(explorerParams);

export const defaultState: ExplorerState = explorerGrammar.defaults();

export const emptyFilters: Filters = defaultState.filters;

export { vintages, currentVintage };
