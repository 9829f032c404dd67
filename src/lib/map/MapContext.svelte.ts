// The one object that owns a MapLibre map: its lifecycle, the sources and layers it added (removed
// symmetrically when the geometry is swapped), a queue for work that must wait for the style, the fills
// it wrote as feature-state, the camera and what it keeps in view, and the hover and click events. The
// marks over the fills (MarkLayers) and the optional basemap (Basemap) are its parts. Components talk to
// it; nothing outside src/lib/map touches maplibre-gl.
import type { FeatureCollection } from 'geojson';
import { Map as MapLibreMap, setWorkerUrl, type MapLayerMouseEvent, type Subscription } from 'maplibre-gl';
import { noDataInk, noDataPattern, overlayPatterns, patternInk } from '../scales/overlayPatterns.ts';
import { Basemap } from './Basemap.ts';
import { applyFeatureStates, type FeatureStateTable } from './colourByFeatureState.ts';
import {
	authorityFillLayer,
	authorityLayers,
	boundariesSource,
	boundarySource,
	countyLayers,
	layerBefore,
	mapBackground,
	overlayLayer,
	type LayerSpec
} from './layers.ts';
import { noFills, type MapFills } from './MapFills.ts';
import type { DrawnMarks, MapMarks } from './MapMarks.ts';
import { MarkLayers } from './MarkLayers.ts';
import { patternImage } from './patternImages.ts';
import { workerUrl } from './workerUrl.ts';
import { unionBox, type Box, type ViewGeometry } from './viewGeometry.ts';

export interface MapContextOptions {
	container: HTMLElement;
	/** Accessible name of the map canvas. */
	label: string;
	/** Optional basemap style drawn under the boundaries; the map works without it. */
	basemapStyleUrl?: string;
	onhover?: (code: string | null) => void;
	onselect?: (code: string) => void;
}

/** England and Wales with a margin: the first view before any geometry arrives. */
const englandBounds: Box = [-6.5, 49.8, 2.0, 55.9];

export class MapContext {
	readonly map: MapLibreMap;
	/** The geometry on the map now. */
	geometry = $state.raw<ViewGeometry | null>(null);
	/** Bumped on every camera move, so HTML labels re-project. */
	camera = $state(0);
	/** True once the map has drawn everything asked of it and the camera has come to rest. */
	idle = $state(false);

	#styleReady = false;
	#queue: (() => void)[] = [];
	#layers: string[] = [];
	#sources: string[] = [];
	#subscriptions: Subscription[] = [];
	#hovered: string | null = null;
	#fills: MapFills = noFills;
	/** The feature-state written to the boundaries source now, so only changes reach MapLibre. */
	#written: FeatureStateTable = new Map();
	#basemap: Basemap;
	#marks: MarkLayers;
	#options: MapContextOptions;
	#request = 0;
	#pendingZoom: string | null = null;
	/** Codes kept in view (a selection first, then its partners): refitted whenever the map changes size. */
	#focus: string[] = [];

	constructor(options: MapContextOptions) {
		// User Timing marks (map:*, first occurrence only) let tests/bench/mapProfile.ts break "map ready" down by step.
		userTiming('map:context');
		this.#options = options;
		this.#basemap = new Basemap(options.basemapStyleUrl);
		options.container.style.background = mapBackground;
		// Vite emits the worker as an asset; MapLibre 6 cannot find it inside a bundle on its own.
		setWorkerUrl(workerUrl);
		this.map = new MapLibreMap({
			container: options.container,
			style: this.#basemap.style,
			bounds: englandBounds,
			fitBoundsOptions: { padding: 16 },
			attributionControl: { compact: true },
			maplibreLogo: false,
			dragRotate: false,
			pitchWithRotate: false,
			touchPitch: false,
			// On touch screens one finger scrolls the page past the map; two move it, and a tap selects.
			cooperativeGestures: window.matchMedia('(pointer: coarse)').matches,
			fadeDuration: 0,
			locale: { 'Map.Title': options.label }
		});
		this.#marks = new MarkLayers(this.map, {
			addSource: (id, data) => this.#addSource(id, data),
			addLayer: (layer, before) => this.#addLayer(layer, before)
		});
		this.map.touchZoomRotate.disableRotation();
		// 'style.load' comes a frame before 'load' (which waits for a first, empty render), so the geometry
		// is handed to the worker that frame earlier. A basemap that fails to load is replaced by the
		// offline style, whose 'style.load' this same listener then receives.
		this.map.once('style.load', () => this.#onStyleReady());
		this.#subscriptions.push(
			this.map.on('error', (event) => this.#onError(event.error)),
			this.map.on('move', () => (this.camera += 1)),
			// A panel opening or closing beside the map, or the window resizing, changes the canvas, not the
			// camera: without a refit the selection can end up outside the narrower map.
			this.map.on('resize', () => this.#fitFocus(false)),
			// A zoom or refit is drawn over many frames, the first of them a frame after it is asked for: until
			// MapLibre's next 'idle' the camera, and every point read from it, is still on its way.
			this.map.on('movestart', () => (this.idle = false)),
			this.map.on('idle', () => {
				if (!this.idle && this.geometry) userTiming('map:idle');
				this.idle = true;
			}),
			this.map.on('mousemove', authorityFillLayer, (event) => this.#setHover(codeOf(event))),
			this.map.on('mouseleave', authorityFillLayer, () => this.#setHover(null)),
			this.map.on('click', authorityFillLayer, (event) => {
				const code = codeOf(event);
				if (code) this.#options.onselect?.(code);
			})
		);
	}

	/** Shows the geometry once it has loaded, unless a later call has asked for other geometry meanwhile. */
	async show(pending: Promise<ViewGeometry>): Promise<ViewGeometry | null> {
		const request = ++this.#request;
		const geometry = await pending;
		userTiming('map:geometry');
		if (request !== this.#request) return null;
		if (geometry === this.geometry) return geometry;
		this.showGeometry(geometry, this.geometry?.kind !== geometry.kind);
		return geometry;
	}

	/** Replaces the drawn geometry (vintage or view change); fills and marks are drawn again on the new sources. */
	showGeometry(geometry: ViewGeometry, fit: boolean): void {
		this.#whenStyleReady(() => {
			this.#removeAll();
			const counties = (geometry.counties?.features ?? []).map((f) => ({ ...f, properties: { ...f.properties, county: true } }));
			this.#addSource(boundariesSource, { type: 'FeatureCollection', features: [...geometry.authorities.features, ...counties] });
			for (const layer of authorityLayers(geometry.kind, this.#basemap.shown)) this.#addLayer(layer);
			if (geometry.counties) for (const layer of countyLayers()) this.#addLayer(layer);
			this.#basemap.showUnder(this.map, geometry.kind);
			userTiming('map:sources');
			this.#written = new Map();
			this.#hovered = null;
			this.geometry = geometry;
			this.#drawFills();
			this.#marks.useGeometry(geometry);
			if (fit) this.map.fitBounds(geometry.bbox, { padding: 16, animate: false });
			if (this.#pendingZoom && geometry.boxes.has(this.#pendingZoom)) this.zoomTo(this.#pendingZoom);
			else this.#fitFocus(false);
		});
	}

	/** Each council's colour and value, and the overlays over them; only the changes reach MapLibre. */
	setFills(fills: MapFills): void {
		this.#fills = fills;
		this.#whenStyleReady(() => this.#drawFills());
	}

	/** The selection, partner and no-data marks over the fills. */
	setMarks(marks: MapMarks): void {
		this.#whenStyleReady(() => this.#marks.set(marks));
	}

	/**
	 * Keeps these codes in view (the selected authority first, then its partners): fits them now when they
	 * change, and again whenever the map changes size. An empty list lets the camera be.
	 */
	setFocus(codes: readonly string[]): void {
		if (codes.join() === this.#focus.join()) return;
		// Moving from one selection to another glides; a first selection (or a link) jumps straight there.
		const animate = this.#focus.length > 0;
		this.#focus = [...codes];
		this.#whenStyleReady(() => this.#fitFocus(animate));
	}

	/** Zooms to a code; if the geometry drawing it is still loading (a vintage switch), once it arrives. */
	zoomTo(code: string): void {
		const box = this.geometry?.boxes.get(code);
		this.#pendingZoom = box ? null : code;
		if (box) this.map.fitBounds(box, { padding: 80, maxZoom: this.geometry?.kind === 'hex' ? 8 : 10 });
	}

	/** Screen box [left, top, right, bottom] (CSS px in the container) of a code's shape, or null when not drawn. */
	screenBoxOf(code: string): Box | null {
		const box = this.geometry?.boxes.get(code);
		if (!box) return null;
		const [a, b] = [this.map.project([box[0], box[3]]), this.map.project([box[2], box[1]])];
		return [a.x, a.y, b.x, b.y];
	}

	/** Screen position (CSS px in the container) of a code's label point, or null when not drawn. */
	pointOf(code: string): [number, number] | null {
		const centre = this.geometry?.centres.get(code);
		if (!centre) return null;
		const point = this.map.project(centre);
		return [point.x, point.y];
	}

	/** The code's fill as feature-state, and `hover: true` while it is hovered (hover is drawn as a mark). */
	featureState(code: string): Record<string, unknown> {
		const state: Record<string, unknown> =
			this.#styleReady && this.#sources.includes(boundariesSource)
				? (this.map.getFeatureState({ source: boundariesSource, id: code }) as Record<string, unknown>)
				: {};
		return code === this.#hovered ? { ...state, hover: true } : state;
	}

	/** What the selection, partner and no-data marks draw on screen now (see MarkLayers). */
	drawnMarks(): DrawnMarks {
		return this.#marks.drawnMarks();
	}

	/** Ids of the layers drawn now (visibility not 'none'), bottom to top. */
	visibleLayers(): string[] {
		return this.#styleReady ? this.map.getLayersOrder().filter((id) => this.map.getLayoutProperty(id, 'visibility') !== 'none') : [];
	}

	setLabel(label: string): void {
		this.map.getCanvas().setAttribute('aria-label', label);
	}

	destroy(): void {
		for (const subscription of this.#subscriptions) subscription.unsubscribe();
		this.#subscriptions = [];
		this.#queue = [];
		this.map.remove();
	}

	#fitFocus(animate: boolean): void {
		const boxes = this.#focus.flatMap((code) => {
			const box = this.geometry?.boxes.get(code);
			return box ? [box] : [];
		});
		if (boxes.length === 0 || !this.geometry?.boxes.has(this.#focus[0])) return;
		const { clientWidth: width, clientHeight: height } = this.map.getContainer();
		// Room for the selected label above its shape, but never more than a small map can spare.
		const padding = Math.max(4, Math.round(Math.min(56, width * 0.1, height * 0.1)));
		this.map.fitBounds(unionBox(boxes), { padding, maxZoom: this.geometry.kind === 'hex' ? 8 : 10, animate });
	}

	#whenStyleReady(work: () => void): void {
		this.idle = false;
		if (!this.#styleReady) {
			this.#queue.push(work);
			return;
		}
		work();
		// A change that alters nothing on screen would otherwise never fire 'idle' again.
		this.map.triggerRepaint();
	}

	#onStyleReady(): void {
		userTiming('map:style');
		this.#basemap.recordLayers(this.map);
		this.#skipEmptySky();
		const scale = window.devicePixelRatio || 1;
		for (const pattern of overlayPatterns) this.map.addImage(pattern.id, patternImage(pattern, patternInk, scale), { pixelRatio: scale });
		this.map.addImage(noDataPattern.id, patternImage(noDataPattern, noDataInk, scale), { pixelRatio: scale });
		this.#styleReady = true;
		const queued = this.#queue;
		this.#queue = [];
		for (const work of queued) work();
	}

	/**
	 * MapLibre 6 draws the style's sky every frame, as a quad over the whole canvas, even when the style
	 * has none (it is then transparent). Without a GPU that invisible quad cost about as much as all the
	 * boundary layers together, in every frame of the first paint and of every recolour. When the style
	 * has no sky, the renderer is told so. (Internal API: checked, and harmless if it changes.)
	 */
	#skipEmptySky(): void {
		const style = this.map.style as unknown as { stylesheet?: { sky?: unknown }; sky?: { getEvaluated?: () => unknown } };
		if (!style.stylesheet?.sky && typeof style.sky?.getEvaluated === 'function') style.sky.getEvaluated = () => undefined;
	}

	/** An unreachable basemap must not leave a blank map: before the style has loaded, fall back to the offline one. */
	#onError(error: { message: string }): void {
		console.warn('Map error:', error.message);
		if (!this.#styleReady) this.#basemap.fallBack(this.map);
	}

	#addSource(id: string, data: FeatureCollection): void {
		this.map.addSource(id, boundarySource(data));
		this.#sources.push(id);
	}

	#addLayer(layer: LayerSpec, before?: string): void {
		this.map.addLayer(layer, before);
		this.#layers.push(layer.id);
	}

	#removeLayer(id: string): void {
		if (this.map.getLayer(id)) this.map.removeLayer(id);
		this.#layers = this.#layers.filter((layer) => layer !== id);
	}

	#removeAll(): void {
		for (const id of [...this.#layers].reverse()) this.#removeLayer(id);
		for (const id of this.#sources) if (this.map.getSource(id)) this.map.removeSource(id);
		this.#sources = [];
	}

	/** Writes the fills' feature-state changes and adds, repatterns or removes the overlay layers. */
	#drawFills(): void {
		if (!this.#sources.includes(boundariesSource)) return;
		if (this.#fills.states.size > 0) userTiming('map:states');
		applyFeatureStates(this.map, boundariesSource, this.#fills.states, this.#written);
		this.#written = this.#fills.states;
		const wanted = new Map(this.#fills.overlays.map((overlay) => [overlayLayer(overlay.slug, overlay.patternId).id, overlay]));
		for (const id of this.#layers.filter((id) => id.startsWith('overlay-') && !wanted.has(id))) this.#removeLayer(id);
		for (const [id, overlay] of wanted) {
			if (this.map.getLayer(id)) this.map.setPaintProperty(id, 'fill-pattern', overlay.patternId);
			else this.#addLayer(overlayLayer(overlay.slug, overlay.patternId), layerBefore(id, this.map.getLayersOrder()));
		}
	}

	#setHover(code: string | null): void {
		if (code === this.#hovered) return;
		this.#hovered = code;
		this.#marks.hover(code);
		this.map.getCanvas().style.cursor = code ? 'pointer' : '';
		this.#options.onhover?.(code);
	}
}

/** Marks only the first occurrence of each step, so a long session does not pile up entries. */
function userTiming(name: string): void {
	if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}

function codeOf(event: MapLayerMouseEvent): string | null {
	const code: unknown = event.features?.[0]?.properties?.code;
	return typeof code === 'string' ? code : null;
}
