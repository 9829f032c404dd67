import { describe, expect, it } from 'vitest';
import type { KnownValues } from '../domain/explorerState.ts';
import { parseInsightsScope, withScope } from './insightsScope.ts';

const known: KnownValues = { programmes: ['shared_services'], categories: ['legal'], regions: ['E12000007', 'E12000009'], authorities: new Map() };
const names: Record<string, string> = { E12000007: 'London', E12000009: 'South West' };
const parse = (query: string) => parseInsightsScope(new URLSearchParams(query), known, (code) => names[code] ?? code);

describe('parseInsightsScope', () => {
	it('reads the map’s vintage, region and tier', () => {
		const parsed = parse('vintage=2024&region=E12000009&tier=lower');
		expect(parsed.scope).toEqual({ vintage: '2024', region: 'E12000009', tier: 'lower' });
		expect(parsed.notices).toEqual([]);
		expect(parsed.mapOnlyFilters).toBe(false);
	});

	it('defaults to England, all tiers, on the map’s default vintage', () => {
		expect(parse('').scope).toEqual({ vintage: '2012', region: null, tier: null });
	});

	it('uses the first of several regions or tiers and says so', () => {
		const parsed = parse('region=E12000007,E12000009&tier=single&tier=upper');
		expect(parsed.scope).toMatchObject({ region: 'E12000007', tier: 'single' });
		expect(parsed.notices.map((n) => n.message)).toEqual([
			'The figures cover one region at a time; showing London.',
			'The figures cover one tier at a time; showing single-tier councils.'
		]);
	});

	it('reports bad values as the map does, never throwing', () => {
		const parsed = parse('vintage=1999&region=Narnia&tier=middle');
		expect(parsed.scope).toEqual({ vintage: '2012', region: null, tier: null });
		expect(parsed.notices.map((n) => n.param)).toEqual(['vintage', 'region', 'tier']);
	});

	it('flags map filters that the figures do not apply, keeping them for links back', () => {
		const parsed = parse('programme=none&from=2010');
		expect(parsed.mapOnlyFilters).toBe(true);
		expect(parsed.explorer.filters.programmes).toEqual(['none']);
	});
});

describe('withScope', () => {
	it('puts the chosen group into the map state and keeps the other filters', () => {
		const { explorer } = parse('category=legal&view=hex');
		const state = withScope(explorer, { vintage: '2024', region: 'E12000007', tier: null });
		expect(state).toMatchObject({ view: 'hex', vintage: '2024', filters: { categories: ['legal'], regions: ['E12000007'], tiers: [] } });
	});
});
