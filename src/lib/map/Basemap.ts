// The optional basemap under the boundaries (roads and places from a style served elsewhere). The map works
// without it: a basemap that cannot be loaded gives way to the offline style rather than leaving the map
// blank, and under the hex cartogram it is hidden, since the hexes are not where its places are.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { baseStyle, type StyleSpec } from './layers.ts';

export class Basemap {
	#url: string | undefined;
	/** The basemap style's own layers and their visibility in it, restored when the boundary map comes back. */
	#layers: { id: string; visibility: 'visible' | 'none' }[] = [];

	constructor(url?: string) {
		this.#url = url;
	}

	/** The style the map starts with: the basemap's, or the offline style when there is none. */
	get style(): string | StyleSpec {
		return this.#url ?? baseStyle();
	}

	/** Whether the boundaries are drawn over a basemap (their fills then let it show through). */
	get shown(): boolean {
		return this.#url !== undefined;
	}

	/** Called once the style has loaded and before any layer of ours: every layer then is the basemap's. */
	recordLayers(map: MapLibreMap): void {
		this.#layers = (map.getStyle().layers ?? []).map((layer) => ({
			id: layer.id,
			visibility: layer.layout?.visibility === 'none' ? 'none' : 'visible'
		}));
	}

	/** Shows the basemap under the boundary map and hides it under the hex cartogram. */
	showUnder(map: MapLibreMap, kind: 'map' | 'hex'): void {
		for (const { id, visibility } of this.#layers) map.setLayoutProperty(id, 'visibility', kind === 'hex' ? 'none' : visibility);
	}

	/**
	 * Swaps a basemap whose style failed to load for the offline style; true if it did. The map fires
	 * 'style.load' for the offline style as it would have for the basemap's.
	 */
	fallBack(map: MapLibreMap): boolean {
		if (this.#url === undefined) return false;
		this.#url = undefined;
		map.setStyle(baseStyle());
		return true;
	}
}
