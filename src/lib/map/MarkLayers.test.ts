import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { MarkLayers } from './MarkLayers.ts';
import { hexGeometry } from './hexSource.ts';

/** A map that records what the mark sources are given. */
function recorder() {
	const data: Record<string, FeatureCollection> = {};
	const layers: string[] = [];
	const map = {
		getLayersOrder: () => layers,
		getSource: (id: string) => ({ setData: (next: FeatureCollection) => (data[id] = next) })
	} as unknown as MapLibreMap;
	const marks = new MarkLayers(map, {
		addSource: (id, collection) => (data[id] = collection),
		addLayer: (layer) => layers.push(layer.id)
	});
	const held = (id: string) => (data[id]?.features ?? []).map((f) => `${String(f.properties?.code)}:${String(f.properties?.role)}`);
	return { marks, layers, held };
}

const geometry = hexGeometry(
	{
		layout: 'odd-r',
		hexes: {
			A: { n: 'A', q: 0, r: 0 },
			B: { n: 'B', q: 1, r: 0 },
			C: { n: 'C', q: 2, r: 0 }
		}
	},
	new Map([
		['A', 'K'],
		['B', 'K']
	])
);

describe('MarkLayers', () => {
	it('draws nothing until there is geometry, then the marks asked for', () => {
		const { marks, held } = recorder();
		marks.set({ selected: new Set(['A']), partners: new Set(['A', 'B']), noData: new Set(['C']) });
		expect(held('highlight')).toEqual([]);
		marks.useGeometry(geometry);
		expect(held('highlight')).toEqual(['A:selected', 'B:partner']);
		expect(held('no-data')).toEqual(['C:no-data']);
	});

	it('never hatches a county, drawn as an outline over its districts', () => {
		const { marks, held } = recorder();
		marks.useGeometry(geometry);
		marks.set({ selected: new Set(['K']), partners: new Set(), noData: new Set(['K', 'A']) });
		expect(held('no-data')).toEqual(['A:no-data']);
		expect(held('highlight')).toEqual(['K:selected']);
	});

	it('adds a mark source and its layers only when first needed', () => {
		const { marks, layers, held } = recorder();
		marks.useGeometry(geometry);
		expect(layers).toEqual([]);
		marks.hover('B');
		expect(held('hover')).toEqual(['B:hover']);
		expect(layers).toEqual(['hover-line']);
	});
});
