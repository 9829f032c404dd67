import { describe, expect, it } from 'vitest';
import { explorerModel } from './explorerModel.ts';
import { defaultState, emptyFilters } from './filters.ts';
import { figure, initiative, register } from '../../../tests/support/register.ts';

const initiatives = [
	initiative('tri-borough', ['E09000033', 'E09000020', 'E09000013'], {
		savings: [figure(30_000_000, 'achieved', 'annual'), figure(90_000_000, 'target', 'cumulative')]
	}),
	initiative('td-legal', ['E07000190', 'E07000187'], { category: 'legal', programme: 'capital_asset_pathfinder' })
];

describe('explorerModel', () => {
	it('lists the selected authority’s initiatives and marks its partners', () => {
		const model = explorerModel(initiatives, register, { ...defaultState, selected: 'E09000033' }, []);
		expect(model.selectedInitiatives.map((p) => p.initiative.slug)).toEqual(['tri-borough']);
		expect([...model.partners].sort()).toEqual(['E09000013', 'E09000020']);
	});

	it('draws only the vintage’s authorities', () => {
		const codes = explorerModel(initiatives, register, { ...defaultState, vintage: '2024' }, []).drawn.map((a) => a.code);
		expect(codes).toContain('E06000066');
		expect(codes).not.toContain('E07000190');
	});

	it('counts through successors on the later map and says how many needed them', () => {
		const model = explorerModel(initiatives, register, { ...defaultState, vintage: '2024' }, []);
		expect(model.values.get('E06000066')).toBe(1);
		expect(model.totals.viaSuccessor).toBe(1);
	});

	it('applies filters to values and totals but keeps facet counts for the alternatives', () => {
		const model = explorerModel(initiatives, register, { ...defaultState, filters: { ...emptyFilters, categories: ['legal'] } }, []);
		expect(model.values.get('E09000033')).toBe(0);
		expect(model.totals).toMatchObject({ initiatives: 1, authorities: 2, savings: [] });
		expect(model.counts.categories.get('management_team')).toBe(1);
	});

	it('totals the filtered arrangements per kind and period and colours savings by the chosen one', () => {
		const model = explorerModel(initiatives, register, { ...defaultState, metric: 'savings', measure: { kind: 'target', period: 'cumulative' } }, []);
		expect(model.totals.savings).toEqual([
			{ kind: 'achieved', period: 'annual', amount: 30_000_000, count: 1, own: 0 },
			{ kind: 'target', period: 'cumulative', amount: 90_000_000, count: 1, own: 0 }
		]);
		expect(model.values.get('E09000033')).toBe(30_000_000);
		expect(model.values.get('E07000190')).toBeNull();
	});

	it('finds overlay codes from every initiative of the programme, whatever the filters', () => {
		const model = explorerModel(
			initiatives,
			register,
			{
				...defaultState,
				overlays: ['capital_asset_pathfinder'],
				filters: { ...emptyFilters, categories: ['management_team'] }
			},
			[]
		);
		expect([...model.overlayCodes.get('capital_asset_pathfinder')!].sort()).toEqual(['E07000187', 'E07000190']);
	});
});
