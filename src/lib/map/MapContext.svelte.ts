// The one object that owns a MapLibre map: the sources and layers it added (removed symmetrically),
// a queue for work that must wait for the style, the feature-state it wrote, and its event
// subscriptions. Components talk to it; nothing else touches maplibre-gl.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { Map as MapLibreMap, setWorkerUrl, type GeoJSONSource, type MapLayerMouseEvent, type Subscription } from 'maplibre-gl';
import { noDataInk, noDataPattern, overlayPatterns, patternInk } from '../scales/overlayPatterns.ts';
import { applyFeatureStates, type FeatureStateTable } from './colourByFeatureState.ts';
import {
	authorityFillLayer,
	authorityLayers,
	baseStyle,
	boundariesSource,
	boundarySource,
	countyLayers,
	isPatternLayer,
	mapBackground,
	markLayers,
	markSources,
	overlayLayer,
	type LayerSpec,
	type MarkProperties
} from './layers.ts';
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

export interface OverlaySpec {
	slug: string;
	patternId: string;
}

/** England and Wales with a margin: the first view before any geometry arrives. */
const englandBounds: Box = [-6.5, 49.8, 2.0, 55.9];

/** Codes outlined as selected or partner, and hatched as having no data, as drawn on screen. */
export interface DrawnMarks {
	selected: string[];
	partner: string[];
	noData: string[];
}

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
	/** What each mark source holds now, as `code:role` pairs, so unchanged marks are not re-sent. */
	#marked: Record<string, string> = {};
	/** The drawn geometry's features by code, for copying into the mark sources. */
	#features = new Map<string, { feature: Feature<Geometry>; county: boolean }>();
	#overlays: OverlaySpec[] = [];
	/** The basemap style's own layers and their visibility in it: hidden under the hex cartogram, whose places are not where the basemap's are. */
	#basemapLayers: { id: string; visibility: 'visible' | 'none' }[] = [];
	#states: Record<'authorities' | 'counties', FeatureStateTable> = { authorities: new Map(), counties: new Map() };
	#written: Record<'authorities' | 'counties', FeatureStateTable> = { authorities: new Map(), counties: new Map() };
	#options: MapContextOptions;
	/** Decoded geometry per view and vintage: each file is fetched and decoded once per page. */
	#cache = new Map<string, Promise<ViewGeometry>>();
	#request = 0;
	#pendingZoom: string | null = null;
	/** Codes kept in view (a selection first, then its partners): refitted whenever the map changes size. */
	#focus: string[] = [];

	constructor(options: MapContextOptions) {
		// User Timing marks (map:*, first occurrence only) let tests/bench/mapProfile.ts break "map ready" down by step.
		userTiming('map:context');
		this.#options = options;
		options.container.style.background = mapBackground;
		// Vite emits the worker as an asset; MapLibre 6 cannot find it inside a bundle on its own.
		setWorkerUrl(workerUrl);
		this.map = new MapLibreMap({
			container: options.container,
			style: options.basemapStyleUrl ?? baseStyle(),
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
		this.map.touchZoomRotate.disableRotation();
		// 'style.load' comes a frame before 'load' (which waits for a first, empty render), so the geometry
		// is handed to the worker that frame earlier.
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
			this.map.on('mousemove', authorityFillLayer, (event) => this.#onHover(event)),
			this.map.on('mouseleave', authorityFillLayer, () => this.#setHover(null)),
			this.map.on('click', authorityFillLayer, (event) => {
				const code = codeOf(event);
				if (code) this.#options.onselect?.(code);
			})
		);
	}

	/** Shows the geometry cached under `key`, loading it first if needed; a later call wins a race. */
	async show(key: string, load: () => Promise<ViewGeometry>): Promise<ViewGeometry | null> {
		const request = ++this.#request;
		let pending = this.#cache.get(key);
		if (!pending) {
			pending = load();
			this.#cache.set(key, pending);
			pending.catch(() => this.#cache.delete(key));
		}
		const geometry = await pending;
		userTiming('map:geometry');
		if (request !== this.#request) return null;
		if (geometry === this.geometry) return geometry;
		this.showGeometry(geometry, this.geometry?.kind !== geometry.kind);
		return geometry;
	}

	/** Replaces the drawn geometry (vintage or view change); feature-state is re-applied to the new sources. */
	showGeometry(geometry: ViewGeometry, fit: boolean): void {
		this.#whenStyleReady(() => {
			this.#removeAll();
			const counties = (geometry.counties?.features ?? []).map((f) => ({ ...f, properties: { ...f.properties, county: true } }));
			this.#addSource(boundariesSource, { type: 'FeatureCollection', features: [...geometry.authorities.features, ...counties] });
			for (const layer of authorityLayers(geometry.kind, Boolean(this.#options.basemapStyleUrl))) this.#addLayer(layer);
			if (geometry.counties) for (const layer of countyLayers()) this.#addLayer(layer);
			for (const { id, visibility } of this.#basemapLayers)
				this.map.setLayoutProperty(id, 'visibility', geometry.kind === 'hex' ? 'none' : visibility);
			userTiming('map:sources');
			this.#features = new Map();
			for (const feature of geometry.authorities.features) this.#features.set(feature.properties.code, { feature, county: false });
			for (const feature of geometry.counties?.features ?? []) this.#features.set(feature.properties.code, { feature, county: true });
			this.#written = { authorities: new Map(), counties: new Map() };
			this.#hovered = null;
			this.#marked = {};
			this.geometry = geometry;
			this.#syncOverlays([]);
			this.#writeStates();
			if (fit) this.map.fitBounds(geometry.bbox, { padding: 16, animate: false });
			if (this.#pendingZoom && geometry.boxes.has(this.#pendingZoom)) this.zoomTo(this.#pendingZoom);
			else this.#fitFocus(false);
		});
	}

	/** The per-code styling to show; only the changes reach MapLibre. */
	setStates(authorities: FeatureStateTable, counties: FeatureStateTable): void {
		this.#states = { authorities, counties };
		this.#whenStyleReady(() => this.#writeStates());
	}

	/** The programme overlays to draw, each with its pattern, in legend order. */
	setOverlays(overlays: OverlaySpec[]): void {
		const previous = this.#overlays;
		this.#overlays = overlays;
		this.#whenStyleReady(() => this.#syncOverlays(previous));
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

	/** The code's feature-state, and `hover: true` while it is hovered (hover is drawn from its own source). */
	featureState(code: string): Record<string, unknown> {
		const state: Record<string, unknown> =
			this.#styleReady && this.#sources.includes(boundariesSource)
				? (this.map.getFeatureState({ source: boundariesSource, id: code }) as Record<string, unknown>)
				: {};
		return code === this.#hovered ? { ...state, hover: true } : state;
	}

	/**
	 * The codes the mark layers draw on screen now, read back from the rendered map rather than from the
	 * states asked for, so a mark that is set but not painted is missing here.
	 */
	drawnMarks(): DrawnMarks {
		const drawn: DrawnMarks = { selected: [], partner: [], noData: [] };
		if (!this.#styleReady) return drawn;
		const layers = { 'selected-line': 'selected', 'partner-line': 'partner', 'no-data-pattern': 'noData' } as const;
		const present = Object.keys(layers).filter((id) => this.map.getLayer(id));
		if (present.length === 0) return drawn;
		for (const feature of this.map.queryRenderedFeatures({ layers: present })) {
			const list = drawn[layers[feature.layer.id as keyof typeof layers]];
			const code = String(feature.properties.code);
			if (!list.includes(code)) list.push(code);
		}
		for (const list of [drawn.selected, drawn.partner, drawn.noData]) list.sort();
		return drawn;
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
		// Before any layer of ours is added: every layer now is the basemap's (none in the offline style).
		this.#basemapLayers = (this.map.getStyle().layers ?? []).map((layer) => ({
			id: layer.id,
			visibility: layer.layout?.visibility === 'none' ? 'none' : 'visible'
		}));
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

	/** An unreachable basemap must not leave a blank map: fall back to the offline style. */
	#onError(error: { message: string }): void {
		console.warn('Map error:', error.message);
		if (!this.#styleReady && this.#options.basemapStyleUrl) {
			this.#options = { ...this.#options, basemapStyleUrl: undefined };
			this.map.setStyle(baseStyle());
			this.map.once('style.load', () => this.#onStyleReady());
		}
	}

	#addSource(id: string, data: FeatureCollection): void {
		this.map.addSource(id, boundarySource(data));
		this.#sources.push(id);
	}

	/**
	 * Puts copies of the given features into a mark source, unless it holds just those already. The source
	 * and its layers are added when it is first needed: until then the worker tiles nothing for it and no
	 * frame draws it.
	 */
	#mark(source: string, marks: { code: string; role: MarkProperties['role'] }[]): void {
		const key = marks.map(({ code, role }) => `${code}:${role}`).join(',');
		if (key === (this.#marked[source] ?? '') || !this.#sources.includes(boundariesSource)) return;
		this.#marked[source] = key;
		const features = marks.flatMap(({ code, role }) => {
			const drawn = this.#features.get(code);
			if (!drawn) return [];
			const properties: MarkProperties = { code, role, county: drawn.county };
			return [{ type: 'Feature' as const, geometry: drawn.feature.geometry, properties }];
		});
		const data: FeatureCollection = { type: 'FeatureCollection', features };
		if (this.#sources.includes(source)) {
			// Resolves once drawn and never rejects: a failed update reaches the map's error event.
			void (this.map.getSource(source) as GeoJSONSource).setData(data);
			return;
		}
		this.#addSource(source, data);
		const order = markLayers();
		for (const layer of order.filter((l) => 'source' in l && l.source === source)) this.#addLayer(layer, this.#markLayerBefore(layer.id, order));
	}

	/** Where a mark layer goes: under the next mark layer already drawn; hatching right above the fill. */
	#markLayerBefore(id: string, order: LayerSpec[]): string | undefined {
		if (isPatternLayer(id)) return this.#layerAfter(authorityFillLayer);
		const ids = order.map((layer) => layer.id);
		return ids.slice(ids.indexOf(id) + 1).find((other) => this.#layers.includes(other));
	}

	/** The layer drawn just above `id` and the patterns over it, if any (patterns are added in order). */
	#layerAfter(id: string, skipPatterns = false): string | undefined {
		const order = this.map.getLayersOrder();
		return order.slice(order.indexOf(id) + 1).find((other) => !(skipPatterns && isPatternLayer(other)));
	}

	/** Hatching, selection and partner outlines follow the states' `noData`, `selected` and `partner`. */
	#syncMarks(): void {
		const noData: { code: string; role: 'no-data' }[] = [];
		const highlight: { code: string; role: 'selected' | 'partner' }[] = [];
		for (const [code, state] of this.#states.authorities) if (state.noData) noData.push({ code, role: 'no-data' });
		for (const table of [this.#states.authorities, this.#states.counties]) {
			for (const [code, state] of table) {
				if (state.selected) highlight.push({ code, role: 'selected' });
				else if (state.partner) highlight.push({ code, role: 'partner' });
			}
		}
		this.#mark(markSources.noData, noData);
		this.#mark(markSources.highlight, highlight);
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

	#writeStates(): void {
		if (this.#states.authorities.size > 0) userTiming('map:states');
		if (this.#sources.includes(boundariesSource)) {
			for (const key of ['authorities', 'counties'] as const) {
				applyFeatureStates(this.map, boundariesSource, this.#states[key], this.#written[key]);
				this.#written[key] = this.#states[key];
			}
		}
		this.#syncMarks();
	}

	#syncOverlays(previous: OverlaySpec[]): void {
		if (!this.#sources.includes(boundariesSource)) return;
		const wanted = new Map(this.#overlays.map((overlay) => [overlay.slug, overlay]));
		for (const { slug } of previous) if (!wanted.has(slug)) this.#removeLayer(overlayLayer(slug, '').id);
		for (const overlay of this.#overlays) {
			const layer = overlayLayer(overlay.slug, overlay.patternId);
			if (this.map.getLayer(layer.id)) this.map.setPaintProperty(layer.id, 'fill-pattern', overlay.patternId);
			else this.#addLayer(layer, this.#layerAfter(authorityFillLayer, true));
		}
	}

	#onHover(event: MapLayerMouseEvent): void {
		this.#setHover(codeOf(event));
	}

	#setHover(code: string | null): void {
		if (code === this.#hovered) return;
		this.#hovered = code;
		this.#mark(markSources.hover, code ? [{ code, role: 'hover' }] : []);
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
