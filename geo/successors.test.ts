import { describe, expect, it } from 'vitest';
import type { CodeChange } from './codeChanges.ts';
import { GeoInputError } from './GeoInputError.ts';
import { currentHeirs, successors } from './successors.ts';

// A miniature of the real history: two districts merge in 2019 and again with a neighbour in 2023, when
// their county is abolished; a unitary is re-coded in 2013.
const change = (oldCode: string, newCode: string | null, year: number, type: CodeChange['type'] = 'merger'): CodeChange => ({
	oldCode,
	oldName: oldCode,
	newCode,
	newName: newCode,
	type,
	year,
	file: 'changes.csv'
});
const history = [
	change('E07000190', 'E07000246', 2019),
	change('E07000191', 'E07000246', 2019),
	change('E07000246', 'E06000066', 2023),
	change('E07000187', 'E06000066', 2023),
	change('E10000027', null, 2023, 'termination'),
	change('E06000048', 'E06000057', 2013, 'new_code')
];
const somerset = 'E10000027';
const first = new Map<string, string | null>([
	['E07000190', somerset],
	['E07000191', somerset],
	['E07000187', somerset],
	[somerset, null],
	['E06000048', null],
	['E06000001', null]
]);
const last = new Set(['E06000066', 'E06000057', 'E06000001']);

describe('successors', () => {
	it('links each change one step, with 1 April dates on both sides', () => {
		const lineage = successors(history, first, last);
		expect(lineage.get('E07000190')).toEqual({ predecessors: [], successors: ['E07000246'], validFrom: null, validTo: '2019-04-01' });
		expect(lineage.get('E07000246')).toEqual({
			predecessors: ['E07000190', 'E07000191'],
			successors: ['E06000066'],
			validFrom: '2019-04-01',
			validTo: '2023-04-01'
		});
	});

	it('follows a chain through a short-lived authority to the current one', () => {
		expect(currentHeirs('E07000190', successors(history, first, last), last)).toEqual(['E06000066']);
	});

	it('treats a re-coding as a successor', () => {
		expect(successors(history, first, last).get('E06000048')!.successors).toEqual(['E06000057']);
	});

	it('gives an abolished county the unitaries that took over its districts, and them the county', () => {
		const lineage = successors(history, first, last);
		expect(lineage.get(somerset)).toMatchObject({ successors: ['E06000066'], validTo: '2023-04-01' });
		expect(lineage.get('E06000066')!.predecessors).toContain(somerset);
	});

	it('leaves unchanged authorities with empty lineage', () => {
		expect(successors(history, first, last).get('E06000001')).toEqual({ predecessors: [], successors: [], validFrom: null, validTo: null });
	});

	it('stops on an unknown successor: a new code that is neither current nor replaced later', () => {
		const withSedgemoor = new Map([...first, ['E07000188', somerset]]);
		const broken = [...history, change('E07000188', 'E06000099', 2021)];
		expect(() => successors(broken, withSedgemoor, last)).toThrow(GeoInputError);
		expect(() => successors(broken, withSedgemoor, last)).toThrow('changes.csv: code E07000188 has an unknown successor E06000099');
	});

	it('stops on an authority that vanishes without a successor, naming the change files', () => {
		const withoutRecoding = history.slice(0, -1);
		expect(() => successors(withoutRecoding, first, last)).toThrow('changes.csv: code E06000048 is not current and has no successor');
	});

	it('stops on a change to a code that never existed', () => {
		expect(() => successors([...history, change('E07000999', 'E06000066', 2023)], first, last)).toThrow(
			'code E07000999 is neither in the first vintage'
		);
	});
});
