// The e2e tests' window onto the map, which they cannot read from the canvas. Installed only when a test
// asks for it before the page loads — `page.addInitScript(() => { window.__enableMapTestHook = true })` —
// or in a dev build. It reports what is drawn: `drawnMarks()` the selection, partner and no-data marks as
// rendered, `featureState('E09000033')` that authority's fill as feature-state ({ fill, value,
// 'overlay:<slug>' }, and `hover` while hovered), and `idle()` whether the map has finished drawing the
// latest state, its camera at rest.
import { dev } from '$app/env';
import type { DrawnMarks } from './MapMarks.ts';

export interface MapTestHook {
	featureState(code: string): Record<string, unknown>;
	/** What the selection, partner and no-data marks draw on screen now (read from the rendered map). */
	drawnMarks(): DrawnMarks;
	idle(): boolean;
	/** Codes drawn by the current view. */
	codes(): string[];
	/** Screen point [x, y] (CSS px, relative to the map container) of an authority's label point. */
	pointOf(code: string): [number, number] | null;
	/** Screen box [left, top, right, bottom] (CSS px, relative to the map container) of an authority's shape. */
	boxOf(code: string): [number, number, number, number] | null;
	/** Zooms as a user would before clicking a small council; `idle()` is false until the zoom has been drawn. */
	zoomTo(code: string): void;
	/** Ids of the style layers drawn now, bottom to top (a basemap's too). */
	visibleLayers(): string[];
}

declare global {
	interface Window {
		__enableMapTestHook?: boolean;
		__mapTestHook?: MapTestHook;
	}
}

export function installTestHook(hook: MapTestHook): () => void {
	if (!dev && !window.__enableMapTestHook) return () => {};
	window.__mapTestHook = hook;
	return () => {
		if (window.__mapTestHook === hook) delete window.__mapTestHook;
	};
}
