// Benchmark fixture support: recolour the same boundaries two ways and time each until the map
// is idle: through feature-state (what the explorer does) and by rewriting GeoJSON properties with
// setData (the approach feature-state replaces). Loaded only by the /fixtures/recolour page, which exists
// only when the app runs with APP_ENV=test.
import type { GeoJSONSource } from 'maplibre-gl';
import { boundarySource } from '#lib/map/layers.ts';
import type { FeatureStateTable } from '#lib/map/colourByFeatureState.ts';
import type { MapContext } from '#lib/map/MapContext.svelte.ts';
import type { ViewGeometry } from '#lib/map/viewGeometry.ts';

const source = 'recolour-setdata';
const palette = ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];

function idle(context: MapContext): Promise<void> {
	return new Promise((resolve) => context.map.once('idle', () => resolve()));
}

/**
 * Idle, and the frames it drew shown: 'idle' fires when MapLibre has issued its last frame, but without a
 * GPU the browser is still drawing that frame for tens of milliseconds, and the next frame waits for it.
 * A person changes a filter on a map that has long settled; timing from here measures the change, not
 * the tail of the frame before it. Both paths start from here.
 *
 * Then `phase` of a frame later: a click or a key press is handled when it arrives, not at the start of
 * a frame, so a change waits anything from nearly nothing to a whole frame for the next one. Starting
 * every change just after a frame began would time the worst case of that wait only.
 */
async function settled(context: MapContext, phase: number): Promise<void> {
	await idle(context);
	const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
	const first = await frame();
	const interval = (await frame()) - first;
	if (phase > 0) await new Promise((resolve) => setTimeout(resolve, phase * interval));
}

function fills(geometry: ViewGeometry, round: number): Map<string, string> {
	return new Map(geometry.authorities.features.map((f, i) => [f.properties.code, palette[(i + round) % palette.length]]));
}

export function recolourBench(context: MapContext, geometry: ViewGeometry) {
	const map = context.map;
	// Tiled exactly like the explorer's authorities source, so both paths draw the same vertices.
	map.addSource(source, boundarySource(geometry.authorities));
	map.addLayer({ id: source, type: 'fill', source, layout: { visibility: 'none' }, paint: { 'fill-color': ['coalesce', ['get', 'fill'], '#ccc'] } });
	let round = 0;
	return {
		/** Milliseconds from a colour change through feature-state to the map being idle; `phase` (0 to 1) places the change in the frame. */
		async featureState(phase = 0): Promise<number> {
			map.setLayoutProperty(source, 'visibility', 'none');
			await settled(context, phase);
			const table: FeatureStateTable = new Map([...fills(geometry, ++round)].map(([code, fill]) => [code, { fill }]));
			const started = performance.now();
			const done = idle(context);
			context.setFills({ states: table, overlays: [] });
			await done;
			return performance.now() - started;
		},
		/** The same change made by rewriting every feature's properties and calling setData. */
		async setData(phase = 0): Promise<number> {
			map.setLayoutProperty(source, 'visibility', 'visible');
			await settled(context, phase);
			const colours = fills(geometry, ++round);
			const started = performance.now();
			const done = idle(context);
			const features = geometry.authorities.features.map((f) => ({ ...f, properties: { ...f.properties, fill: colours.get(f.properties.code) } }));
			// The idle event above, not this promise, marks the end of the redraw being timed.
			void (map.getSource(source) as GeoJSONSource).setData({ ...geometry.authorities, features });
			await done;
			return performance.now() - started;
		},
		remove() {
			map.removeLayer(source);
			map.removeSource(source);
		}
	};
}
