import { describe, expect, it } from 'vitest';
import { placeInitiative, placeInitiatives, standInsOn } from './placeInitiatives.ts';
import { initiative, register } from '../../../tests/support/register.ts';

describe('placeInitiatives', () => {
	it('keeps codes the vintage draws and flags nothing', () => {
		const placed = placeInitiative(initiative('tri-borough', ['E09000033', 'E09000020', 'E09000013']), register, '2012');
		expect(placed.codes).toEqual(['E09000033', 'E09000020', 'E09000013']);
		expect(placed.viaSuccessor).toBe(false);
		expect(placed.substitutions).toEqual([]);
	});

	it('lands a Taunton Deane initiative on Somerset on the 2024 map through Somerset West and Taunton', () => {
		const placed = placeInitiative(initiative('td', ['E07000190']), register, '2024');
		expect(placed.codes).toEqual(['E06000066']);
		expect(placed.viaSuccessor).toBe(true);
		expect(placed.substitutions).toEqual([{ from: 'E07000190', to: ['E06000066'] }]);
	});

	it('draws a partnership of merged districts once on their successor', () => {
		const placed = placeInitiative(initiative('tdws', ['E07000190', 'E07000191']), register, '2024');
		expect(placed.codes).toEqual(['E06000066']);
	});

	it('spreads an authority created later over its predecessors on the earlier map', () => {
		const placed = placeInitiative(initiative('swt', ['E07000246']), register, '2012');
		expect(placed.codes.sort()).toEqual(['E07000190', 'E07000191']);
		expect(placed.viaSuccessor).toBe(true);
	});

	it('leaves out codes the register does not know and records that nothing stands in', () => {
		const placed = placeInitiative(initiative('x', ['E09000033', 'E99999999']), register, '2012');
		expect(placed.codes).toEqual(['E09000033']);
		expect(placed.substitutions).toEqual([{ from: 'E99999999', to: [] }]);
	});

	it('places every initiative given', () => {
		expect(placeInitiatives([initiative('a', ['E09000033']), initiative('b', ['E07000187'])], register, '2024').map((p) => p.codes)).toEqual([
			['E09000033'],
			['E06000066']
		]);
	});

	it('survives cycles in successor links', () => {
		const looped = new Map(register);
		looped.set('A', { ...register.get('E07000246')!, code: 'A', successors: ['B'], predecessors: [], vintages: [] });
		looped.set('B', { ...register.get('E07000246')!, code: 'B', successors: ['A'], predecessors: [], vintages: [] });
		expect(standInsOn('A', looped, '2024')).toEqual([]);
	});
});
