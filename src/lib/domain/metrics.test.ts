import { describe, expect, it } from 'vitest';
import { authorityFigures, metricValue } from './metrics.ts';
import { placeInitiatives } from './placeInitiatives.ts';
import type { SavingsMeasure } from './savings/savingsFigure.ts';
import { authorities, figure, initiative, register } from '../../../tests/support/register.ts';

const on2012 = authorities.filter((a) => a.vintages.includes('2012'));
const achievedAnnual: SavingsMeasure = { kind: 'achieved', period: 'annual' };
const targetCumulative: SavingsMeasure = { kind: 'target', period: 'cumulative' };

describe('authorityFigures', () => {
	const placed = placeInitiatives(
		[
			initiative('tri-borough', ['E09000033', 'E09000020', 'E09000013'], { savings: [figure(30_000_000, 'achieved', 'annual')] }),
			initiative('pair', ['E09000033', 'E09000020'], {
				savings: [figure(2_000_000, 'target', 'cumulative'), figure(1_000_000, 'achieved', 'annual', { scope: 'E09000020' })]
			}),
			initiative('no-figure', ['E09000033'])
		],
		register,
		'2012'
	);
	const figures = authorityFigures(placed, on2012, '2012', []);
	const value = (code: string, measure = achievedAnnual) => metricValue(figures.get(code)!, 'savings', measure);

	it('counts the initiatives touching each authority', () => {
		expect(figures.get('E09000033')!.count).toBe(3);
		expect(figures.get('E09000013')!.count).toBe(1);
		expect(figures.get('E07000190')!.count).toBe(0);
	});

	it('shares a whole-arrangement figure equally between the councils it names', () => {
		expect(value('E09000033')).toBe(10_000_000);
		expect(value('E09000013')).toBe(10_000_000);
		expect(value('E09000033', targetCumulative)).toBe(1_000_000);
	});

	it('adds a council its own figure rather than a share, and never adds across kinds or periods', () => {
		expect(value('E09000020')).toBe(11_000_000);
		expect(figures.get('E09000020')!.savings).toEqual([
			{ kind: 'achieved', period: 'annual', amount: 11_000_000, count: 2, own: 1 },
			{ kind: 'target', period: 'cumulative', amount: 1_000_000, count: 1, own: 0 }
		]);
	});

	it('gives no savings figure (not zero) where no initiative reports that kind and period', () => {
		expect(value('E07000190')).toBeNull();
		expect(value('E09000013', targetCumulative)).toBeNull();
	});

	it('divides the chosen kind and period by the population estimate nearest the vintage', () => {
		expect(figures.get('E09000033')!.population).toBe(200_000);
		expect(metricValue(figures.get('E09000033')!, 'perResident', achievedAnnual)).toBe(50);
	});

	it('has no per-resident figure where the population is unknown', () => {
		expect(metricValue(figures.get('E09000013')!, 'perResident', achievedAnnual)).toBeNull();
	});

	it('reads participation as yes or no', () => {
		expect(metricValue(figures.get('E09000013')!, 'participation', achievedAnnual)).toBe(1);
		expect(metricValue(figures.get('E07000190')!, 'participation', achievedAnnual)).toBe(0);
	});

	it('gives a council standing in for several named ones one share per arrangement, theirs added', () => {
		const merged = placeInitiatives(
			[initiative('somerset-pair', ['E07000190', 'E07000187'], { savings: [figure(600, 'achieved', 'annual')] })],
			register,
			'2024'
		);
		const somerset = authorityFigures(
			merged,
			authorities.filter((a) => a.vintages.includes('2024')),
			'2024',
			[]
		).get('E06000066')!;
		expect(somerset.savings).toEqual([{ kind: 'achieved', period: 'annual', amount: 600, count: 1, own: 0 }]);
	});

	it('credits a council in both a part and its parent once, with its share of the parent; a council only in the part keeps its share of it', () => {
		const relations = [{ from: 'pair', relation: 'part_of' as const, to: 'tri-borough', sourceUrl: '', note: '' }];
		const nested = placeInitiatives(
			[
				initiative('tri-borough', ['E09000033', 'E09000020', 'E09000013'], { savings: [figure(300, 'achieved', 'annual')] }),
				initiative('pair', ['E09000033', 'E07000190'], { savings: [figure(100, 'achieved', 'annual')] })
			],
			register,
			'2012'
		);
		const counted = authorityFigures(nested, on2012, '2012', relations);
		expect(counted.get('E09000033')!.savings).toEqual([{ kind: 'achieved', period: 'annual', amount: 100, count: 1, own: 0 }]);
		expect(counted.get('E09000033')!.count).toBe(2);
		expect(counted.get('E07000190')!.savings).toEqual([{ kind: 'achieved', period: 'annual', amount: 50, count: 1, own: 0 }]);
	});

	it('ignores codes that are not on the vintage', () => {
		expect(figures.has('E06000066')).toBe(false);
	});
});
