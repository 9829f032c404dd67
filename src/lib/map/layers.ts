// The map's layers as configuration data. Every colour that changes with the data reads feature-state
// (set per GSS code by colourByFeatureState.ts), so a filter change repaints without reloading geometry.
// Selection, partners, no data and overlays differ by line weight, dash or pattern as well as colour;
// all but the overlays are drawn from small "mark" sources holding only the features that carry them.
import type { FeatureCollection } from 'geojson';
import type { AddLayerObject, ExpressionSpecification, GeoJSONSourceSpecification, MapOptions } from 'maplibre-gl';
import { noDataColour } from '../scales/colourScale.ts';
import { noDataPattern } from '../scales/overlayPatterns.ts';

export type LayerSpec = AddLayerObject;
export type SourceSpec = GeoJSONSourceSpecification;
export type StyleSpec = Exclude<MapOptions['style'], string | undefined>;

/**
 * The one source of the drawn boundaries, coloured through feature-state: the authorities and, on the
 * boundary map, the counties (features with a `county` property, drawn as outlines only). One source
 * rather than two halves the worker's tile jobs before the first paint, and every frame draws the
 * tiles' clipping masks once instead of once per source. Geometry swaps (vintage, hex) replace it.
 */
export const boundariesSource = 'boundaries';

const isCounty: ExpressionSpecification = ['has', 'county'];

/**
 * Small sources holding copies of only the features drawn with a mark: hatching where there is no data,
 * the selection and its partners, the hovered council. Layers over every council with the mark switched
 * off by feature-state would cost a software-rendered frame (no GPU here) and each recolour's buffer
 * rewrite as much as the fills; drawn from these, they cost nothing while nothing carries the mark.
 */
export const markSources = { noData: 'no-data', highlight: 'highlight', hover: 'hover' } as const;

/** The interactive layer: hover and click are read from it. */
export const authorityFillLayer = 'authority-fill';

/**
 * GeoJSON tiling options for every boundary source (and the recolour benchmark's setData source, so the
 * two paths draw the same tiles). MapLibre's defaults (a 128 px buffer, 0.375 px simplification, tiles to
 * zoom 18) gave the first view's tiles almost five times the vertices (28,000 against 5,900 in the
 * fills of the 2012 map), and vertices are what tiling, a recolour and a software-rendered frame pay for. Lines need only a few pixels beyond the tile edge; one pixel of
 * simplification is invisible; zoom 10 tiles already hold the pipeline's quantised detail (about 60 m)
 * and are overzoomed beyond it.
 */
export const boundaryTiling = { buffer: 8, tolerance: 1, maxzoom: 10 } as const;

export function boundarySource(data: FeatureCollection): SourceSpec {
	return { type: 'geojson', data, promoteId: 'code', ...boundaryTiling };
}

/** Behind the boundaries (the sea, other countries): painted by the page under the canvas, see baseStyle. */
export const mapBackground = '#f3f2f1';

/**
 * No tiles, glyphs or sprites: the map works offline. Not even a background layer: MapLibre draws one
 * as a full-canvas quad every frame, which with no GPU (software rendering) costs as much as the fills;
 * the map's container shows `mapBackground` through the transparent canvas instead. No paint
 * transitions either: they would redraw every frame for 300 ms after a paint change (an overlay's
 * pattern), and every colour change is feature-state anyway.
 */
export function baseStyle(): StyleSpec {
	return { version: 8, transition: { duration: 0, delay: 0 }, sources: {}, layers: [] };
}

const flag = (key: string) => ['boolean', ['feature-state', key], false];
const whenState = (key: string, on: number, off = 0) => ['case', flag(key), on, off];

/**
 * The authority fill, outlined by its own antialiasing pass: hairlines drawn from the triangles' edges,
 * which the worker builds for every fill anyway, where a separate line layer cost the worker a line
 * bucket for every boundary in every tile (a third of the tiling before the first paint) and each frame
 * one more draw. Overlay patterns and no-data hatching go directly above it (see `isPatternLayer`). Over a
 * basemap the fills are translucent so its places and roads show through. Hexes need no outline.
 */
export function authorityLayers(kind: 'map' | 'hex', overBasemap = false): LayerSpec[] {
	return [
		{
			id: authorityFillLayer,
			type: 'fill',
			source: boundariesSource,
			filter: ['!', isCounty],
			paint: {
				'fill-color': ['coalesce', ['feature-state', 'fill'], noDataColour],
				'fill-opacity': overBasemap && kind === 'map' ? 0.75 : 1,
				'fill-antialias': true,
				...(kind === 'map' ? { 'fill-outline-color': 'rgba(80, 90, 95, 0.6)' } : {})
			}
		}
	] as LayerSpec[];
}

/** Patterned fills (overlays, no-data hatching) sit directly above the authority fill, under every line. */
export function isPatternLayer(id: string): boolean {
	return id === 'no-data-pattern' || id.startsWith('overlay-');
}

/**
 * The layer a layer of ours is added under, given the layers drawn now (bottom to top), so each lands
 * where its place in this file says whatever order they are added in: the no-data hatching right above
 * the fill, an overlay above the patterns already there, a mark line under the next mark line drawn.
 */
export function layerBefore(id: string, order: readonly string[]): string | undefined {
	const above = order.slice(order.indexOf(authorityFillLayer) + 1);
	if (id === 'no-data-pattern') return above[0];
	if (isPatternLayer(id)) return above.find((other) => !isPatternLayer(other));
	const marks = markLayers().map((layer) => layer.id);
	return marks.slice(marks.indexOf(id) + 1).find((other) => order.includes(other));
}

/** County outlines over the districts of two-tier areas (on the map and the hex cartogram); counties are chosen by search or table. */
export function countyLayers(): LayerSpec[] {
	// Round joins and caps: on the hex map an outline is made of separate hex sides.
	return [
		{
			id: 'county-line',
			type: 'line',
			source: boundariesSource,
			filter: isCounty,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': '#0b0c0c', 'line-width': 1.2 }
		}
	] as LayerSpec[];
}

/** What a mark source's feature carries besides its geometry. */
export interface MarkProperties {
	code: string;
	role: 'no-data' | 'selected' | 'partner' | 'hover';
	/** County outlines are drawn a little heavier, as they sit over district lines. */
	county: boolean;
}

const byRole = (role: MarkProperties['role']) => ['==', ['get', 'role'], role];
const countyOr = (county: number, authority: number) => ['case', ['get', 'county'], county, authority];

/**
 * The layers drawing the mark sources, bottom to top: hatching where there is no data (under the
 * programme overlays and the county lines), then partner (dashed), hover and selection outlines (white
 * casing under black) above every boundary line. A mark source and its layers are added when it first
 * has features.
 */
export function markLayers(): LayerSpec[] {
	const ink = '#0b0c0c';
	return [
		{ id: 'no-data-pattern', type: 'fill', source: markSources.noData, paint: { 'fill-pattern': noDataPattern.id, 'fill-antialias': false } },
		{
			id: 'partner-line',
			type: 'line',
			source: markSources.highlight,
			filter: byRole('partner'),
			paint: { 'line-color': ink, 'line-width': countyOr(3, 2.5), 'line-dasharray': [2, 1] }
		},
		{ id: 'hover-line', type: 'line', source: markSources.hover, paint: { 'line-color': ink, 'line-width': 2 } },
		{
			// A white casing under the selection line keeps it visible on the darkest fill.
			id: 'selected-casing',
			type: 'line',
			source: markSources.highlight,
			filter: byRole('selected'),
			paint: { 'line-color': '#ffffff', 'line-width': countyOr(7, 6) }
		},
		{
			id: 'selected-line',
			type: 'line',
			source: markSources.highlight,
			filter: byRole('selected'),
			paint: { 'line-color': ink, 'line-width': countyOr(4.5, 3.5) }
		}
	] as LayerSpec[];
}

/** One patterned layer per programme overlay, shown where feature-state `overlay:<slug>` is true. */
export function overlayLayer(slug: string, patternId: string): LayerSpec {
	return {
		id: `overlay-${slug}`,
		type: 'fill',
		source: boundariesSource,
		filter: ['!', isCounty],
		paint: { 'fill-pattern': patternId, 'fill-opacity': whenState(`overlay:${slug}`, 1), 'fill-antialias': false }
	} as LayerSpec;
}
