// What the map fills each council with: its colour and the value behind it, written to MapLibre as
// feature-state (so a recolour never reloads geometry), and the programme overlays patterned over the
// councils taking part. The marks drawn over the fills are a separate input (MapMarks.ts).
import type { FeatureStateTable } from './colourByFeatureState.ts';

/** One programme overlay: the councils carrying feature-state `overlay:<slug>` are patterned with `patternId`. */
export interface OverlaySpec {
	slug: string;
	patternId: string;
}

export interface MapFills {
	/** Per code: `fill` (colour), `value` where there is one, and `overlay:<slug>` for each overlay it is in. */
	states: FeatureStateTable;
	/** The overlays to draw, in legend order. */
	overlays: readonly OverlaySpec[];
}

export const noFills: MapFills = { states: new Map(), overlays: [] };
