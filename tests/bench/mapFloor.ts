// The floor under "map ready" on this machine. A bare page (MapLibre alone: no SvelteKit, no app code, no
// app server) draws the 2012 boundaries with the explorer's style, layers and tiling options, four ways:
// nothing (its own blank baseline), the GeoJSON source the explorer uses, pre-built vector tiles (cut
// here from the same TopoJSON with geojson-vt, the tiler inside MapLibre, and served from memory), and
// the same GeoJSON thinned to about one vertex in a hundred (what drawing data layers costs at all, with
// hardly any geometry). Each is timed like readyTimings: navigation → the boundaries coloured and the map
// idle. If even these pages stay well above 1.3× their blank, no change to the app reaches the goal here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Route } from '@playwright/test';
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import type { Topology } from 'topojson-specification';
import type { Feature } from 'geojson';
import { root } from '../../scripts/lib/binary.ts';
import { decodeBoundaries } from '../../src/lib/geo/decodeBoundaries.ts';
import type { GeoManifest } from '../../src/lib/geo/geoManifest.ts';
import { authorityLayers, baseStyle, boundariesSource, boundaryTiling, countyLayers } from '../../src/lib/map/layers.ts';
import { palette } from '../../src/lib/scales/colourScale.ts';

type Mode = 'blank' | 'geojson' | 'vector' | 'sparse';
const modes: Mode[] = ['blank', 'geojson', 'vector', 'sparse'];
const origin = 'http://map-floor.invalid';
const tileLayer = 'boundaries';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** The explorer's map source data: authorities, plus the counties flagged for the outline layer. */
function boundaries() {
	const manifest = JSON.parse(readFileSync(join(root, 'static/geo/manifest.json'), 'utf8')) as GeoManifest;
	const topology = JSON.parse(readFileSync(join(root, 'static/geo', manifest.vintages['2012'].boundaries), 'utf8')) as Topology;
	const { authorities, counties } = decodeBoundaries(topology);
	const features: Feature[] = [...authorities.features, ...counties.features.map((f) => ({ ...f, properties: { ...f.properties, county: true } }))];
	return { data: { type: 'FeatureCollection' as const, features }, codes: authorities.features.map((f) => f.properties.code) };
}

type Ring = number[][];

/** Every `step`th vertex of each outer ring (at least a triangle), holes dropped: every feature kept, nearly no geometry. */
function thinned(data: ReturnType<typeof boundaries>['data'], step: number): ReturnType<typeof boundaries>['data'] {
	const thin = (ring: Ring): Ring => {
		const kept = ring.length > 3 * step ? ring.filter((_, i) => i % step === 0) : [0, 1, 2].map((k) => ring[Math.floor((k * ring.length) / 3)]);
		return [...kept, kept[0]];
	};
	const features = data.features.map((feature) => {
		const geometry = feature.geometry as { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
		const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
		return { ...feature, geometry: { type: 'MultiPolygon' as const, coordinates: polygons.map((polygon) => [thin(polygon[0])]) } };
	});
	return { ...data, features };
}

/** Vector tiles cut as MapLibre's GeoJSON source cuts them (its extent is 8192 units per 512 px tile). */
function tiler(data: ReturnType<typeof boundaries>['data']) {
	const unitsPerPixel = 8192 / 512;
	const index = new GeoJSONVT(data, {
		maxZoom: boundaryTiling.maxzoom,
		buffer: boundaryTiling.buffer * unitsPerPixel,
		tolerance: boundaryTiling.tolerance * unitsPerPixel,
		extent: 8192
	});
	const tiles = new Map<string, Buffer>();
	return (z: number, x: number, y: number): Buffer => {
		const key = `${z}/${x}/${y}`;
		if (!tiles.has(key)) {
			const tile = index.getTile(z, x, y);
			tiles.set(key, tile ? Buffer.from(fromGeojsonVt({ [tileLayer]: tile }, { version: 2, extent: 8192 })) : Buffer.alloc(0));
		}
		return tiles.get(key)!;
	};
}

function pageHtml(codes: string[]): string {
	const config = {
		style: baseStyle(),
		source: boundariesSource,
		layers: [...authorityLayers('map'), ...countyLayers()],
		tiling: boundaryTiling,
		tileLayer,
		codes,
		palette
	};
	// The page script runs in the browser: it reads its mode from the URL's hash.
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Map floor</title></head>
<body style="margin:0"><div id="map" style="height:70vh"></div><script type="module">
import * as maplibregl from '/maplibre-gl.mjs';
const config = ${JSON.stringify(config)};
const mode = location.hash.slice(1);
maplibregl.setWorkerUrl(location.origin + '/maplibre-gl-worker.mjs');
const geojson = mode === 'geojson' || mode === 'sparse' ? fetch('/' + mode + '.geojson').then((r) => r.json()) : null;
const map = new maplibregl.Map({ container: 'map', style: config.style, bounds: [-6.5, 49.8, 2.0, 55.9], fitBoundsOptions: { padding: 16 }, fadeDuration: 0, attributionControl: false });
const ready = () => (window.readyAt = performance.now());
map.once('style.load', async () => {
	if (mode === 'blank') return map.once('idle', ready);
	const vector = mode === 'vector';
	map.addSource(config.source, vector
		? { type: 'vector', tiles: [location.origin + '/tiles/{z}/{x}/{y}.pbf'], maxzoom: config.tiling.maxzoom, promoteId: 'code' }
		: { type: 'geojson', data: await geojson, promoteId: 'code', ...config.tiling });
	for (const layer of config.layers) map.addLayer(vector ? { ...layer, 'source-layer': config.tileLayer } : layer);
	config.codes.forEach((id, i) => map.setFeatureState({ source: config.source, sourceLayer: vector ? config.tileLayer : undefined, id }, { fill: config.palette[i % config.palette.length] }));
	map.on('idle', () => window.readyAt ?? (map.isSourceLoaded(config.source) && ready()));
});
</script></body></html>`;
}

async function timeTo(browser: Browser, mode: Mode, serve: (route: Route) => Promise<void>): Promise<number> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	await context.route(`${origin}/**`, serve);
	const page: Page = await context.newPage();
	await page.goto(`${origin}/#${mode}`, { waitUntil: 'commit' });
	const ms = (await (
		await page.waitForFunction(() => (window as unknown as { readyAt?: number }).readyAt, undefined, { polling: 'raf', timeout: 60_000 })
	).jsonValue()) as number;
	await context.close();
	return ms;
}

export async function mapFloor(browser: Browser, runs: number) {
	const { data, codes } = boundaries();
	const tile = tiler(data);
	const files: Record<string, { body: Buffer | string; contentType: string }> = {
		'/': { body: pageHtml(codes), contentType: 'text/html' },
		'/maplibre-gl.mjs': { body: readFileSync(join(root, 'node_modules/maplibre-gl/dist/maplibre-gl.mjs')), contentType: 'text/javascript' },
		'/maplibre-gl-worker.mjs': {
			body: readFileSync(join(root, 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs')),
			contentType: 'text/javascript'
		},
		'/geojson.geojson': { body: JSON.stringify(data), contentType: 'application/json' },
		'/sparse.geojson': { body: JSON.stringify(thinned(data, 100)), contentType: 'application/json' }
	};
	const serve = (route: Route) => {
		const path = new URL(route.request().url()).pathname;
		const xyz = path.match(/^\/tiles\/(\d+)\/(\d+)\/(\d+)\.pbf$/);
		if (xyz) return route.fulfill({ body: tile(Number(xyz[1]), Number(xyz[2]), Number(xyz[3])), contentType: 'application/x-protobuf' });
		const file = files[path];
		return file ? route.fulfill(file) : route.fulfill({ status: 404, body: '' });
	};
	const samples: Record<Mode, number[]> = { blank: [], geojson: [], vector: [], sparse: [] };
	for (const mode of modes) await timeTo(browser, mode, serve); // warm the browser's caches once
	// Interleaved, so a noisy moment on the shared machine hits every mode.
	for (let i = 0; i < runs; i++) for (const mode of modes) samples[mode].push(await timeTo(browser, mode, serve));
	const blankMs = median(samples.blank);
	return {
		blankMs,
		geojsonMs: median(samples.geojson),
		vectorMs: median(samples.vector),
		sparseMs: median(samples.sparse),
		geojsonRatio: median(samples.geojson) / blankMs,
		vectorRatio: median(samples.vector) / blankMs,
		sparseRatio: median(samples.sparse) / blankMs,
		samples
	};
}
