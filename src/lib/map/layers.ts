// The map's layers as configuration data. Every style that changes with the data reads feature-state
// (set per GSS code by colourByFeatureState.ts), so a filter change repaints without reloading geometry.
// Selection, partners and overlays differ by line weight, dash or pattern as well as colour.
import type { AddLayerObject, MapOptions } from 'maplibre-gl';
import { noDataColour } from '../scales/colourScale.ts';
import { noDataPattern } from '../scales/overlayPatterns.ts';

export type LayerSpec = AddLayerObject;
export type StyleSpec = Exclude<MapOptions['style'], string | undefined>;

/** Sources this app adds; geometry swaps (vintage, hex) replace their data under the same ids. */
export const sources = { authorities: 'authorities', counties: 'counties' } as const;

/** The interactive layer: hover and click are read from it. */
export const authorityFillLayer = 'authority-fill';

/** Background only: the map works offline with no tiles, glyphs or sprites. */
export function baseStyle(): StyleSpec {
	return {
		version: 8,
		sources: {},
		layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f3f2f1' } }]
	};
}

const flag = (key: string) => ['boolean', ['feature-state', key], false];
const whenState = (key: string, on: number, off = 0) => ['case', flag(key), on, off];

/**
 * Authority layers, bottom to top; overlay layers go in before `authority-line`. Over a basemap the fills
 * are translucent so its places and roads show through.
 */
export function authorityLayers(kind: 'map' | 'hex', overBasemap = false): LayerSpec[] {
	const source = sources.authorities;
	return [
		{
			id: authorityFillLayer,
			type: 'fill',
			source,
			paint: {
				'fill-color': ['coalesce', ['feature-state', 'fill'], noDataColour],
				'fill-opacity': overBasemap && kind === 'map' ? 0.75 : 1,
				'fill-antialias': true
			}
		},
		{
			id: 'authority-no-data',
			type: 'fill',
			source,
			paint: { 'fill-pattern': noDataPattern.id, 'fill-opacity': whenState('noData', 1) }
		},
		{
			id: 'authority-line',
			type: 'line',
			source,
			paint: { 'line-color': '#505a5f', 'line-width': kind === 'hex' ? 0 : 0.5, 'line-opacity': 0.8 }
		},
		{
			id: 'authority-partner',
			type: 'line',
			source,
			paint: { 'line-color': '#0b0c0c', 'line-width': 2.5, 'line-dasharray': [2, 1], 'line-opacity': whenState('partner', 1) }
		},
		{
			id: 'authority-hover',
			type: 'line',
			source,
			paint: { 'line-color': '#0b0c0c', 'line-width': 2, 'line-opacity': whenState('hover', 1) }
		},
		{
			// A white casing under the selection line keeps it visible on the darkest fill.
			id: 'authority-selected-casing',
			type: 'line',
			source,
			paint: { 'line-color': '#ffffff', 'line-width': 6, 'line-opacity': whenState('selected', 1) }
		},
		{
			id: 'authority-selected',
			type: 'line',
			source,
			paint: { 'line-color': '#0b0c0c', 'line-width': 3.5, 'line-opacity': whenState('selected', 1) }
		}
	] as LayerSpec[];
}

/** County outlines over the districts of two-tier areas (boundaries view only); counties are chosen by search or table. */
export function countyLayers(): LayerSpec[] {
	const source = sources.counties;
	return [
		{ id: 'county-line', type: 'line', source, paint: { 'line-color': '#0b0c0c', 'line-width': 1.2 } },
		{
			id: 'county-partner',
			type: 'line',
			source,
			paint: { 'line-color': '#0b0c0c', 'line-width': 3, 'line-dasharray': [2, 1], 'line-opacity': whenState('partner', 1) }
		},
		{
			id: 'county-selected',
			type: 'line',
			source,
			paint: { 'line-color': '#0b0c0c', 'line-width': 4.5, 'line-opacity': whenState('selected', 1) }
		}
	] as LayerSpec[];
}

export const overlayLayerBefore = 'authority-line';

/** One patterned layer per programme overlay, shown where feature-state `overlay:<slug>` is true. */
export function overlayLayer(slug: string, patternId: string): LayerSpec {
	return {
		id: `overlay-${slug}`,
		type: 'fill',
		source: sources.authorities,
		paint: { 'fill-pattern': patternId, 'fill-opacity': whenState(`overlay:${slug}`, 1) }
	} as LayerSpec;
}
