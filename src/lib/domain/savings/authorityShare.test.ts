import { describe, expect, it } from 'vitest';
import { figure } from '../../../../tests/support/register.ts';
import { authorityShare } from './authorityShare.ts';

const named = ['E1', 'E2', 'E3', 'E4'];

describe('authorityShare', () => {
	it.each([
		['an equal share of a whole-arrangement figure', [figure(400, 'achieved', 'annual')], 'E1', [['achieved', 'annual', 100, 'equal', 4]]],
		[
			'its own figure where the arrangement gives one',
			[figure(400, 'achieved', 'annual'), figure(250, 'achieved', 'annual', { scope: 'E1' })],
			'E1',
			[['achieved', 'annual', 250, 'own', 1]]
		],
		[
			'an equal share to the others even when one council has its own',
			[figure(400, 'achieved', 'annual'), figure(250, 'achieved', 'annual', { scope: 'E1' })],
			'E2',
			[['achieved', 'annual', 100, 'equal', 4]]
		],
		['nothing from another council’s own figure', [figure(250, 'target', 'annual', { scope: 'E1' })], 'E2', []],
		[
			'each kind and period apart',
			[figure(400, 'target', 'cumulative'), figure(40, 'avoided', 'annual')],
			'E3',
			[
				['target', 'cumulative', 100, 'equal', 4],
				['avoided', 'annual', 10, 'equal', 4]
			]
		],
		['nothing to a council the arrangement does not name', [figure(400, 'achieved', 'annual')], 'E9', []]
	] as const)('gives %s', (_, figures, code, expected) => {
		expect(authorityShare([...figures], named, code).map((s) => [s.kind, s.period, s.amount, s.basis, s.of])).toEqual(expected);
	});
});
