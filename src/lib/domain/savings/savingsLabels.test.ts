import { describe, expect, it } from 'vitest';
import { figure } from '../../../../tests/support/register.ts';
import { figureLabel, shareBasisLabel, shareMixLabel, totalsLine, yearsLabel } from './savingsLabels.ts';

describe('savings labels', () => {
	it.each([
		[2017, 2017, 'in 2017/18'],
		[2015, 2019, '2015/16 to 2019/20'],
		[2015, null, 'from 2015/16'],
		[null, 2011, 'to 2011/12'],
		[null, null, ''],
		[1999, 1999, 'in 1999/00']
	] as const)('writes financial years %s–%s as “%s”', (fromYear, toYear, expected) => {
		expect(yearsLabel({ fromYear, toYear })).toBe(expected);
	});

	it('labels a figure with its kind, period, years and scope, and unclear ones as unclear', () => {
		expect(figureLabel(figure(5_600_000, 'target', 'annual', { fromYear: 2019, toYear: 2019 }))).toBe(
			'£5.6m target, a year, in 2019/20, whole arrangement'
		);
		expect(figureLabel(figure(80_000, 'achieved', 'annual', { scope: 'E07000078' }), new Map([['E07000078', 'Cheltenham']]))).toBe(
			'£80k achieved, a year, for Cheltenham only'
		);
		expect(figureLabel(figure(700_000, 'unclear', 'unclear'))).toBe('£700k unclear whether target or achieved, period unclear, whole arrangement');
		expect(figureLabel(figure(15_500_000, 'avoided', 'cumulative'))).toBe('£15.5m losses avoided, cumulative, whole arrangement');
	});

	it('says how a share was made', () => {
		expect(shareBasisLabel({ basis: 'own', of: 1 })).toBe('figure for this council');
		expect(shareBasisLabel({ basis: 'equal', of: 3 })).toBe('equal share of 3 councils');
		expect(shareMixLabel({ kind: 'achieved', period: 'annual', amount: 1, count: 3, own: 1 })).toBe('2 equal shares, 1 own figure');
	});

	it('writes totals one kind and period at a time', () => {
		expect(totalsLine([])).toBe('no savings reported');
		expect(
			totalsLine([
				{ kind: 'achieved', period: 'annual', amount: 2_300_000, count: 4, own: 0 },
				{ kind: 'target', period: 'cumulative', amount: 41_000_000, count: 1, own: 0 }
			])
		).toBe('achieved, a year: £2.3m from 4 arrangements; target, cumulative: £41m from 1 arrangement');
	});
});
