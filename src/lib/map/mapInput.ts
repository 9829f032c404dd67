// What the map draws for a set of figures, as its two inputs: the fills (each council's colour from the
// metric's scale, its value, and the programme overlays it is in) and the marks (the selection, its
// partners and the councils with no figure). The explorer, its embeds and its map images all draw these.
import type { ExplorerModel } from '../domain/explorerModel.ts';
import type { ColourScale } from '../scales/colourScale.ts';
import { patternFor } from '../scales/overlayPatterns.ts';
import type { FeatureStateRecord } from './colourByFeatureState.ts';
import type { MapFills } from './MapFills.ts';
import type { MapMarks } from './MapMarks.ts';

export interface MapInputSource {
	/** The codes the view draws (councils and counties). */
	drawn: readonly string[];
	values: ReadonlyMap<string, number | null>;
	scale: ColourScale;
	selected: string | null;
	partners: ReadonlySet<string>;
	/** The councils in each overlaid programme, in legend order (which picks each one's pattern). */
	overlayCodes: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface MapInput {
	fills: MapFills;
	marks: MapMarks;
}

export function mapInput({ drawn, values, scale, selected, partners, overlayCodes }: MapInputSource): MapInput {
	const states = new Map<string, FeatureStateRecord>();
	const noData = new Set<string>();
	for (const code of drawn) {
		const value = values.get(code) ?? null;
		const state: FeatureStateRecord = { fill: scale.colour(value) };
		if (value === null) noData.add(code);
		else state.value = value;
		for (const [slug, codes] of overlayCodes) if (codes.has(code)) state[`overlay:${slug}`] = true;
		states.set(code, state);
	}
	return {
		fills: { states, overlays: [...overlayCodes.keys()].map((slug, i) => ({ slug, patternId: patternFor(i).id })) },
		marks: { selected: new Set(selected ? [selected] : []), partners, noData }
	};
}

/** The input for an explorer model: what the explorer, its embeds and its map images draw. */
export function explorerMapInput(model: ExplorerModel, scale: ColourScale, selected: string | null): MapInput {
	return mapInput({
		drawn: model.drawn.map((a) => a.code),
		values: model.values,
		scale,
		selected,
		partners: model.partners,
		overlayCodes: model.overlayCodes
	});
}
