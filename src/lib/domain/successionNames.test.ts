import { describe, expect, it } from 'vitest';
import { register as byCode } from '../../../tests/support/register.ts';
import { successionLines, successionNames, successionNote } from './successionNames.ts';

const somersetCounty = byCode.get('E10000027')!;
const somerset = byCode.get('E06000066')!;
const tauntonDeane = byCode.get('E07000190')!;
const mendip = byCode.get('E07000187')!;

describe('successionNames', () => {
	it('names a county and the unitary of the same ONS name that replaced it as two councils', () => {
		expect(successionNote(somersetCounty, [somerset])).toBe('Somerset County Council → Somerset Council');
	});

	it('keeps ONS names as they are when they differ', () => {
		expect(successionNote(tauntonDeane, [somerset])).toBe('Taunton Deane → Somerset');
		expect(successionNames(byCode.get('E06000010')!, [byCode.get('E09000001')!])).toEqual({
			from: 'Kingston upon Hull, City of',
			to: ['City of London']
		});
	});

	it('on an earlier map, names only the predecessor that shares the later council’s name apart', () => {
		expect(successionNote(somerset, [mendip, tauntonDeane, somersetCounty], 'backward')).toBe(
			'Somerset Council → Mendip, Taunton Deane, Somerset County Council'
		);
	});

	it('tells a council that only took a new code apart by its codes', () => {
		const [before, after] = [byCode.get('E08000020')!, byCode.get('E08000037')!];
		expect(successionNames(before, [after])).toEqual({ from: 'Gateshead (former code E08000020)', to: ['Gateshead (new code E08000037)'] });
		expect(successionNames(after, [before], 'backward')).toEqual({
			from: 'Gateshead (new code E08000037)',
			to: ['Gateshead (former code E08000020)']
		});
	});

	it('names a council the same way in every line of one note', () => {
		const lines = successionLines([
			{ from: mendip, to: [somerset] },
			{ from: somersetCounty, to: [somerset] },
			{ from: tauntonDeane, to: [somerset] }
		]);
		expect(lines).toEqual(['Mendip → Somerset Council', 'Somerset County Council → Somerset Council', 'Taunton Deane → Somerset Council']);
		expect(successionLines([{ from: mendip, to: [somerset] }])).toEqual(['Mendip → Somerset']);
	});

	it('falls back to codes when a side’s kind is unknown', () => {
		expect(successionNote({ code: 'E10000027', name: 'Somerset' }, [somerset])).toBe(
			'Somerset (former code E10000027) → Somerset (new code E06000066)'
		);
	});
});
