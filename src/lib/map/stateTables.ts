// Builds the feature-state tables the map context writes: fill colour and value from the metric's scale,
// a no-data flag (hatched), selection, partners and overlay membership. Counties go to their own source.
import type { ExplorerModel } from '../domain/explorerModel.ts';
import type { ColourScale } from '../scales/colourScale.ts';
import type { FeatureStateRecord } from './colourByFeatureState.ts';

export interface StateTableInput {
	/** Drawn codes with whether each is a county (outline source) or an authority (fill source). */
	drawn: readonly { code: string; isCounty: boolean }[];
	values: ReadonlyMap<string, number | null>;
	scale: ColourScale;
	selected: string | null;
	partners: ReadonlySet<string>;
	overlayCodes: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface StateTables {
	authorities: Map<string, FeatureStateRecord>;
	counties: Map<string, FeatureStateRecord>;
}

export function stateTables({ drawn, values, scale, selected, partners, overlayCodes }: StateTableInput): StateTables {
	const tables: StateTables = { authorities: new Map(), counties: new Map() };
	for (const { code, isCounty } of drawn) {
		const value = values.get(code) ?? null;
		const state: FeatureStateRecord = { fill: scale.colour(value), noData: value === null };
		if (value !== null) state.value = value;
		if (code === selected) state.selected = true;
		if (partners.has(code)) state.partner = true;
		for (const [slug, codes] of overlayCodes) if (codes.has(code)) state[`overlay:${slug}`] = true;
		(isCounty ? tables.counties : tables.authorities).set(code, state);
	}
	return tables;
}

/** The tables for an explorer model: what the explorer, its embeds and its map images all draw. */
export function explorerStateTables(model: ExplorerModel, scale: ColourScale, selected: string | null): StateTables {
	return stateTables({
		drawn: model.drawn.map((a) => ({ code: a.code, isCounty: a.kind === 'county' })),
		values: model.values,
		scale,
		selected,
		partners: model.partners,
		overlayCodes: model.overlayCodes
	});
}
