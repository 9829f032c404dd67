// The insights dashboard reads the map's own URL (explorerState.ts), so a link carries its filters both
// ways. The dashboard answers for one group at a time: the boundary vintage, one region or England, one
// tier or all; the map's other filters are kept in links back to the map but do not narrow the figures.
import type { Tier, Vintage } from '../domain/authority.ts';
import { parseExplorerState, type KnownValues, type Notice } from '../domain/explorerState.ts';
import { emptyFilters, type ExplorerState } from '../domain/filters.ts';
import { tierInText } from '../domain/filterLabels.ts';

export interface InsightsScope {
	vintage: Vintage;
	/** E12 code, or null for England. */
	region: string | null;
	tier: Tier | null;
}

export interface ParsedInsights {
	scope: InsightsScope;
	/** The whole map state, for links back to the map. */
	explorer: ExplorerState;
	/** True when the URL carries map filters the dashboard does not apply. */
	mapOnlyFilters: boolean;
	notices: Notice[];
}

export function tierLabel(tier: Tier | ''): string {
	return tier === '' ? 'all councils' : tierInText(tier);
}

export function parseInsightsScope(params: URLSearchParams, known: KnownValues, regionName: (code: string) => string): ParsedInsights {
	const { state, notices } = parseExplorerState(params, known);
	const [region = null, ...otherRegions] = state.filters.regions;
	const [tier = null, ...otherTiers] = state.filters.tiers;
	if (region && otherRegions.length > 0) {
		notices.push({ param: 'region', message: `The figures cover one region at a time; showing ${regionName(region)}.` });
	}
	if (tier && otherTiers.length > 0) notices.push({ param: 'tier', message: `The figures cover one tier at a time; showing ${tierLabel(tier)}.` });
	const { programmes, categories, statuses, yearFrom, yearTo } = state.filters;
	const mapOnlyFilters = programmes.length + categories.length + statuses.length > 0 || yearFrom !== null || yearTo !== null;
	return { scope: { vintage: state.vintage, region, tier }, explorer: state, mapOnlyFilters, notices };
}

/** The map's state with the dashboard's group applied, for links and forms. */
export function withScope(explorer: ExplorerState, scope: InsightsScope): ExplorerState {
	return {
		...explorer,
		vintage: scope.vintage,
		filters: { ...emptyFilters, ...explorer.filters, regions: scope.region ? [scope.region] : [], tiers: scope.tier ? [scope.tier] : [] }
	};
}
