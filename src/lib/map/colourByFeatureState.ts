// Writes the fills into MapLibre feature-state (ids promoted from the GSS code), touching only the
// features whose state changed, so recolouring every authority is cheap and geometry stays put.
import type { Map as MapLibreMap } from 'maplibre-gl';

export type FeatureStateValue = string | number | boolean;
/** The state of one feature: `fill`, `value`, `overlay:<slug>` (see MapFills.ts). */
export type FeatureStateRecord = Record<string, FeatureStateValue>;
export type FeatureStateTable = ReadonlyMap<string, FeatureStateRecord>;

/**
 * Moves the source's feature-state from `previous` to `next`. Keys that are not in the table
 * (the `hover` flag) are left alone.
 */
export function applyFeatureStates(map: MapLibreMap, source: string, next: FeatureStateTable, previous: FeatureStateTable): void {
	for (const [code, old] of previous) {
		const now = next.get(code);
		for (const key of Object.keys(old)) {
			if (!now || !(key in now)) map.removeFeatureState({ source, id: code }, key);
		}
	}
	for (const [code, state] of next) {
		if (!sameState(previous.get(code), state)) map.setFeatureState({ source, id: code }, state);
	}
}

function sameState(a: FeatureStateRecord | undefined, b: FeatureStateRecord): boolean {
	if (!a) return false;
	const keys = Object.keys(b);
	return keys.length === Object.keys(a).length && keys.every((key) => a[key] === b[key]);
}
