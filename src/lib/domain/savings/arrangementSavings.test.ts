import { describe, expect, it } from 'vitest';
import { figure } from '../../../../tests/support/register.ts';
import { arrangementSavings } from './arrangementSavings.ts';

describe('arrangementSavings', () => {
	it.each([
		['nothing for no figures', [], []],
		[
			'the whole figure of each kind and period',
			[figure(5, 'achieved', 'annual'), figure(9, 'target', 'annual')],
			[
				['achieved', 'annual', 5, false],
				['target', 'annual', 9, false]
			]
		],
		[
			'the sum of per-council figures when there is no whole one',
			[figure(1, 'target', 'annual', { scope: 'E1' }), figure(2, 'target', 'annual', { scope: 'E2' })],
			[['target', 'annual', 3, true]]
		],
		[
			'the whole figure over per-council ones of the same kind and period',
			[figure(1, 'achieved', 'annual', { scope: 'E1' }), figure(10, 'achieved', 'annual')],
			[['achieved', 'annual', 10, false]]
		],
		[
			'per-council figures of another period apart from a whole one',
			[figure(10, 'achieved', 'annual'), figure(4, 'achieved', 'cumulative', { scope: 'E1' })],
			[
				['achieved', 'annual', 10, false],
				['achieved', 'cumulative', 4, true]
			]
		]
	] as const)('gives %s', (_, figures, expected) => {
		expect(arrangementSavings([...figures]).map((a) => [a.kind, a.period, a.amount, a.fromParts])).toEqual(expected);
	});
});
