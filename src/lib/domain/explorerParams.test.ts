import { describe, expect, it } from 'vitest';
import { register } from '../../../tests/support/register.ts';
import { explorerParams, filterFields, urlGrammar, type ExplorerParam } from './explorerParams.ts';
import { explorerGrammar, defaultState, type ExplorerState } from './filters.ts';
import { parseExplorerState } from './explorerState.ts';
import { parseExportQuery } from './exportQuery.ts';

const known = { programmes: ['one_public_estate'], categories: ['legal'], regions: ['E12000007'], authorities: register };
const noSelectionNotes = () => '';

describe('a parameter added to the table', () => {
	const palette: ExplorerParam = {
		name: 'palette',
		path: ['palette'],
		shape: 'one',
		allowed: () => ['plain', 'safe'],
		default: 'plain',
		label: 'palette',
		exported: false
	};
	const grammar = urlGrammar<ExplorerState & { palette: string }>([...explorerParams, palette]);

	it('is parsed, with its default when absent and a notice when unknown', () => {
		expect(grammar.parse(new URLSearchParams('palette=safe'), known, noSelectionNotes).state.palette).toBe('safe');
		expect(grammar.parse(new URLSearchParams(''), known, noSelectionNotes).state.palette).toBe('plain');
		expect(grammar.parse(new URLSearchParams('palette=neon'), known, noSelectionNotes).notices).toEqual([
			{ param: 'palette', message: 'There is no palette “neon”; showing plain instead.' }
		]);
	});

	it('is serialised, and left out at its default', () => {
		const state = { ...grammar.defaults(), palette: 'safe', vintage: '2024' as const };
		expect(grammar.serialise(state).toString()).toBe('vintage=2024&palette=safe');
		expect(grammar.serialise(grammar.defaults()).toString()).toBe('');
	});

	it('is carried by the filter form, and accepted but not read by the downloads', () => {
		const state = { ...grammar.defaults(), palette: 'safe', filters: { ...grammar.defaults().filters, regions: ['E12000007'] } };
		expect(grammar.carried(state, filterFields)).toEqual([['palette', 'safe']]);
		expect(grammar.parseStrict(new URLSearchParams('palette=safe&region=E12000007'), known)).toMatchObject({
			state: { palette: 'plain', filters: { regions: ['E12000007'] } }
		});
	});
});

describe('the explorer grammar', () => {
	it('round-trips every parameter through the URL', () => {
		const query =
			'view=hex&vintage=2024&metric=savings&figure=target-cumulative&programme=one_public_estate&category=legal&status=planned&region=E12000007&tier=upper&from=2010&to=2015&overlay=one_public_estate&authority=E09000033';
		const { state, notices } = parseExplorerState(new URLSearchParams(query), known);
		expect(notices).toEqual([]);
		expect(explorerGrammar.serialise(state).toString()).toBe(query);
	});

	it('carries every setting but the filters through the filter form, the savings figure included', () => {
		const state: ExplorerState = {
			...defaultState,
			view: 'table',
			metric: 'savings',
			measure: { kind: 'target', period: 'cumulative' },
			selected: 'E09000033',
			filters: { ...defaultState.filters, tiers: ['upper'] }
		};
		expect(explorerGrammar.carried(state, filterFields)).toEqual([
			['view', 'table'],
			['metric', 'savings'],
			['figure', 'target-cumulative'],
			['authority', 'E09000033']
		]);
	});

	it('selects the same stand-in for a council the vintage does not draw, on the map and in a download', () => {
		const query = new URLSearchParams('vintage=2024&authority=E07000187');
		expect(parseExplorerState(query, known).state.selected).toBe('E06000066');
		expect(parseExportQuery(query, known)).toMatchObject({ selected: 'E06000066' });
	});
});
