// The explorer's state as it lives in the URL: view, vintage, metric, facets and selection.
// Parsing never throws: bad values fall back to defaults and are reported as notices.
import { vintages, currentVintage, type Vintage } from './authority.ts';
import type { Status } from './initiative.ts';
import { defaultMeasure, type SavingsMeasure } from './savings/savingsFigure.ts';

export const views = ['map', 'hex', 'table'] as const;
export type View = (typeof views)[number];

export const metrics = ['count', 'savings', 'participation', 'perResident'] as const;
export type Metric = (typeof metrics)[number];

export const tiers = ['upper', 'lower', 'single'] as const;

export interface Filters {
	programmes: string[];
	categories: string[];
	statuses: Status[];
	regions: string[];
	tiers: (typeof tiers)[number][];
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

export const emptyFilters: Filters = {
	programmes: [],
	categories: [],
	statuses: [],
	regions: [],
	tiers: [],
	yearFrom: null,
	yearTo: null
};

export const defaultState: ExplorerState = {
	view: 'map',
	vintage: '2012',
	metric: 'count',
	measure: defaultMeasure,
	filters: emptyFilters,
	selected: null,
	overlays: []
};

export { vintages, currentVintage };
