import { describe, expect, it } from 'vitest';
import { explorerHref, parseExplorerState, serialiseExplorerState, type KnownValues } from './explorerState.ts';
import { defaultState, type ExplorerState } from './filters.ts';
import { register } from '../../../tests/support/register.ts';

const known: KnownValues = {
	programmes: ['one_public_estate', 'capital_asset_pathfinder'],
	categories: ['legal', 'ict'],
	regions: ['E12000007', 'E12000009'],
	authorities: register
};

const parse = (query: string) => parseExplorerState(new URLSearchParams(query), known);

describe('parseExplorerState', () => {
	it('gives the default state and no notices for an empty query', () => {
		expect(parse('')).toEqual({ state: defaultState, notices: [] });
	});

	it('round-trips a full state through the URL', () => {
		const state: ExplorerState = {
			view: 'hex',
			vintage: '2024',
			metric: 'savings',
			measure: { kind: 'target', period: 'cumulative' },
			filters: {
				programmes: ['capital_asset_pathfinder', 'none'],
				categories: ['ict'],
				statuses: ['operational', 'ended'],
				regions: ['E12000009'],
				tiers: ['lower', 'single'],
				yearFrom: 2010,
				yearTo: 2015
			},
			selected: 'E06000066',
			overlays: ['one_public_estate']
		};
		const query = serialiseExplorerState(state).toString();
		expect(parse(query)).toEqual({ state, notices: [] });
	});

	it('leaves defaults out of the URL', () => {
		expect(serialiseExplorerState(defaultState).toString()).toBe('');
		expect(explorerHref(defaultState)).toBe('?');
	});

	it('accepts comma lists as well as repeated keys', () => {
		expect(parse('programme=one_public_estate,capital_asset_pathfinder').state.filters.programmes).toEqual([
			'one_public_estate',
			'capital_asset_pathfinder'
		]);
	});

	it('drops repeated values', () => {
		expect(parse('category=ict&category=ict').state.filters.categories).toEqual(['ict']);
	});

	it.each([
		['view=globe', 'view', { view: 'map' }],
		['vintage=1999', 'vintage', { vintage: '2012' }],
		['metric=happiness', 'metric', { metric: 'count' }]
	])('falls back to the default for %s with a notice', (query, param, expected) => {
		const { state, notices } = parse(query);
		expect(state).toMatchObject(expected);
		expect(notices).toHaveLength(1);
		expect(notices[0].param).toBe(param);
	});

	it('drops an unknown programme and keeps the known ones', () => {
		const { state, notices } = parse('programme=nope&programme=one_public_estate');
		expect(state.filters.programmes).toEqual(['one_public_estate']);
		expect(notices.map((notice) => notice.param)).toEqual(['programme']);
		expect(notices[0]?.message).toContain('“nope”');
	});

	it('reads the old shared_services programme as shared services in no programme, and says so', () => {
		const { state, notices } = parse('programme=shared_services,capital_asset_pathfinder');
		expect(state.filters.programmes).toEqual(['none', 'capital_asset_pathfinder']);
		expect(notices).toEqual([
			{
				param: 'programme',
				message:
					'“shared_services” was the LGA’s shared services map, a listing rather than a programme; showing “No programme (shared service)” instead.'
			}
		]);
	});

	it.each(['category=cooking', 'status=dreaming', 'region=E12999999', 'tier=middle', 'overlay=nope'])('reports an unknown value in %s', (query) => {
		const { state, notices } = parse(query);
		expect(notices).toHaveLength(1);
		expect({ ...state, filters: { ...state.filters } }).toEqual(defaultState);
	});

	it('swaps an inverted year range and says so', () => {
		const { state, notices } = parse('from=2018&to=2011');
		expect(state.filters).toMatchObject({ yearFrom: 2011, yearTo: 2018 });
		expect(notices[0].message).toContain('backwards');
	});

	it.each(['from=soon', 'from=20.5', 'to=1066', 'to=99999'])('opens a year bound that is not a year: %s', (query) => {
		const { state, notices } = parse(query);
		expect(state.filters.yearFrom).toBeNull();
		expect(state.filters.yearTo).toBeNull();
		expect(notices).toHaveLength(1);
	});

	it('ignores an empty year', () => {
		expect(parse('from=&to=').notices).toEqual([]);
	});

	it('reports an unknown authority code and selects nothing', () => {
		const { state, notices } = parse('authority=E09999999');
		expect(state.selected).toBeNull();
		expect(notices[0].param).toBe('authority');
	});

	it('accepts a lower-case code', () => {
		expect(parse('authority=e09000033').state.selected).toBe('E09000033');
	});

	it('selects the one successor of an authority the vintage does not draw', () => {
		const { state, notices } = parse('vintage=2024&authority=E07000190');
		expect(state.selected).toBe('E06000066');
		expect(notices[0].message).toContain('Taunton Deane is not on the 2024 map');
	});

	it('names a county and the unitary of the same name that replaced it as two councils', () => {
		const { state, notices } = parse('vintage=2024&authority=E10000027');
		expect(state.selected).toBe('E06000066');
		expect(notices[0].message).toBe('Somerset County Council is not on the 2024 map; selected Somerset Council, which covers its area.');
	});

	it('selects nothing when several authorities stand in for a later one', () => {
		const { state, notices } = parse('vintage=2012&authority=E06000066');
		expect(state.selected).toBeNull();
		expect(notices).toHaveLength(1);
	});

	it('reports unknown parameters and otherwise carries on', () => {
		const { state, notices } = parse('utm_source=x&view=table');
		expect(state.view).toBe('table');
		expect(notices.map((notice) => notice.param)).toEqual(['utm_source']);
		expect(notices[0]?.message).toContain('utm_source');
	});

	it('never throws on hostile input', () => {
		expect(() => parse('view=%00&from=%20&authority=%F0%9F%92%A9&programme=,,,')).not.toThrow();
	});
});
