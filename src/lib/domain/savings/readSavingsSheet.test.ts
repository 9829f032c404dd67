import { describe, expect, it } from 'vitest';
import { authorities } from '../../../../tests/support/register.ts';
import { malformedSavings, savingsFile, triBoroughSavings } from '../../../../tests/support/imports.ts';
import { createResolver } from '../resolveAuthority.ts';
import { readSavingsSheet } from './readSavingsSheet.ts';

const resolver = createResolver(authorities);
const initiatives = new Map([
	[
		'tri-borough',
		{
			startYear: 2011,
			participations: [
				{ code: 'E09000033', name: 'Westminster', role: 'lead' as const, abolished: null },
				{ code: 'E09000020', name: 'Kensington and Chelsea', role: 'partner' as const, abolished: null },
				{ code: 'E09000013', name: 'Hammersmith and Fulham', role: 'partner' as const, abolished: null }
			]
		}
	]
]);

describe('readSavingsSheet', () => {
	it('reads each row as a typed figure, a council’s figure stored under its code', () => {
		const sheet = readSavingsSheet(
			savingsFile(triBoroughSavings, {
				...triBoroughSavings,
				kind: 'achieved',
				amount_gbp: '£10,000,000',
				scope: 'Westminster',
				from_year: '',
				to_year: ''
			}),
			initiatives,
			resolver
		);
		expect(sheet.problems).toEqual([]);
		expect(sheet.figures.get('tri-borough')).toEqual([
			{
				amount: 40000000,
				kind: 'target',
				period: 'annual',
				fromYear: 2015,
				toYear: 2015,
				scope: '',
				reported: '2012-06-18',
				source: 'http://www.lbhf.gov.uk/news/triborough',
				basis: 'projected annual saving by 2015/16'
			},
			{
				amount: 10000000,
				kind: 'achieved',
				period: 'annual',
				fromYear: null,
				toYear: null,
				scope: 'E09000033',
				reported: '2012-06-18',
				source: 'http://www.lbhf.gov.uk/news/triborough',
				basis: 'projected annual saving by 2015/16'
			}
		]);
	});

	describe.each(malformedSavings)('rejects $name', ({ input, problems }) => {
		it('with its precise message', () => {
			expect(readSavingsSheet(input, initiatives, resolver).problems).toEqual(problems);
		});
	});
});
