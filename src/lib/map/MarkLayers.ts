// The marks drawn over the fills: hatching where a council has no figure, the selection's and partners'
// outlines, and the hovered council's outline. Each is drawn from a small source holding copies of only
// the features that carry it (see `markSources` in layers.ts), so the marks asked for are exactly what the
// sources hold, and `drawnMarks()` reads back from the rendered map what is actually painted.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { layerBefore, markLayers, markSources, type LayerSpec, type MarkProperties } from './layers.ts';
import { noMarks, type DrawnMarks, type MapMarks } from './MapMarks.ts';
import type { ViewGeometry } from './viewGeometry.ts';

/** How the map context adds a source or layer, so it can remove them with the geometry they belong to. */
export interface MarkHost {
	addSource(id: string, data: FeatureCollection): void;
	addLayer(layer: LayerSpec, before?: string): void;
}

type MarkSource = (typeof markSources)[keyof typeof markSources];

/** The layers `drawnMarks()` reads, and the mark each draws. */
const drawnBy = { 'selected-line': 'selected', 'partner-line': 'partners', 'no-data-pattern': 'noData' } as const;

export class MarkLayers {
	#map: MapLibreMap;
	#host: MarkHost;
	#marks: MapMarks = noMarks;
	/** The drawn geometry's features by code, for copying into the mark sources. */
	#features = new Map<string, { feature: Feature<Geometry>; county: boolean }>();
	/** What each mark source holds now, as `code:role` pairs, so unchanged marks are not sent again. */
	#sent: Partial<Record<MarkSource, string>> = {};
	/** The mark sources on the map now (added when first needed). */
	#added = new Set<MarkSource>();

	constructor(map: MapLibreMap, host: MarkHost) {
		this.#map = map;
		this.#host = host;
	}

	/** Geometry newly drawn: the mark sources were removed with the old one, and the marks are drawn again from it. */
	useGeometry(geometry: ViewGeometry): void {
		this.#features = new Map();
		for (const feature of geometry.authorities.features) this.#features.set(feature.properties.code, { feature, county: false });
		for (const feature of geometry.counties?.features ?? []) this.#features.set(feature.properties.code, { feature, county: true });
		this.#sent = {};
		this.#added.clear();
		this.#draw();
	}

	set(marks: MapMarks): void {
		this.#marks = marks;
		this.#draw();
	}

	hover(code: string | null): void {
		this.#mark(markSources.hover, code ? [{ code, role: 'hover' }] : []);
	}

	/**
	 * The codes the selection, partner and no-data layers draw on screen now, read back from the rendered
	 * map rather than from the marks asked for, so a mark that is set but not painted is missing here.
	 */
	drawnMarks(): DrawnMarks {
		const drawn: DrawnMarks = { selected: [], partners: [], noData: [] };
		if (this.#features.size === 0) return drawn;
		const present = Object.keys(drawnBy).filter((id) => this.#map.getLayer(id));
		if (present.length === 0) return drawn;
		for (const feature of this.#map.queryRenderedFeatures({ layers: present })) {
			const list = drawn[drawnBy[feature.layer.id as keyof typeof drawnBy]];
			const code = String(feature.properties.code);
			if (!list.includes(code)) list.push(code);
		}
		for (const list of [drawn.selected, drawn.partners, drawn.noData]) list.sort();
		return drawn;
	}

	#draw(): void {
		const { selected, partners, noData } = this.#marks;
		const highlight: { code: string; role: 'selected' | 'partner' }[] = [];
		for (const code of selected) highlight.push({ code, role: 'selected' });
		for (const code of partners) if (!selected.has(code)) highlight.push({ code, role: 'partner' });
		// Counties are drawn as outlines over their districts: hatching one would cover the districts' fills.
		const hatched = [...noData].filter((code) => this.#features.get(code)?.county === false);
		this.#mark(
			markSources.noData,
			hatched.map((code) => ({ code, role: 'no-data' }))
		);
		this.#mark(markSources.highlight, highlight);
	}

	/**
	 * Puts copies of the given features into a mark source, unless it holds just those already. The source
	 * and its layers are added when it is first needed: until then the worker tiles nothing for it and no
	 * frame draws it.
	 */
	#mark(source: MarkSource, marks: { code: string; role: MarkProperties['role'] }[]): void {
		if (this.#features.size === 0) return;
		const key = marks.map(({ code, role }) => `${code}:${role}`).join(',');
		if (key === (this.#sent[source] ?? '')) return;
		this.#sent[source] = key;
		const features = marks.flatMap(({ code, role }) => {
			const drawn = this.#features.get(code);
			if (!drawn) return [];
			const properties: MarkProperties = { code, role, county: drawn.county };
			return [{ type: 'Feature' as const, geometry: drawn.feature.geometry, properties }];
		});
		const data: FeatureCollection = { type: 'FeatureCollection', features };
		if (this.#added.has(source)) {
			// Resolves once drawn and never rejects: a failed update reaches the map's error event.
			void (this.#map.getSource(source) as GeoJSONSource).setData(data);
			return;
		}
		this.#host.addSource(source, data);
		this.#added.add(source);
		for (const layer of markLayers().filter((l) => 'source' in l && l.source === source)) {
			this.#host.addLayer(layer, layerBefore(layer.id, this.#map.getLayersOrder()));
		}
	}
}
