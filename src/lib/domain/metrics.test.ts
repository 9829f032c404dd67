import { describe, expect, it } from 'vitest';
import { authorityFigures, metricValue, reportedSavings } from './metrics.ts';
import { placeInitiatives } from './placeInitiatives.ts';
import { authorities, initiative, register } from './fixtures/register.ts';

const on2012 = authorities.filter((a) => a.vintages.includes('2012'));

describe('authorityFigures', () => {
	const placed = placeInitiatives(
		[
			initiative('tri-borough', ['E09000033', 'E09000020', 'E09000013'], { annualSavings: 30_000_000 }),
			initiative('pair', ['E09000033', 'E09000020'], { totalSavings: 2_000_000 }),
			initiative('no-figure', ['E09000033'])
		],
		register,
		'2012'
	);
	const figures = authorityFigures(placed, on2012, '2012');

	it('counts the initiatives touching each authority', () => {
		expect(figures.get('E09000033')!.count).toBe(3);
		expect(figures.get('E09000013')!.count).toBe(1);
		expect(figures.get('E07000190')!.count).toBe(0);
	});

	it('shares reported savings equally between partners', () => {
		expect(figures.get('E09000033')!.savings).toBe(11_000_000);
		expect(figures.get('E09000013')!.savings).toBe(10_000_000);
	});

	it('gives no savings figure (not zero) where no initiative reports one', () => {
		expect(figures.get('E07000190')!.savings).toBeNull();
		expect(metricValue(figures.get('E07000190')!, 'savings')).toBeNull();
	});

	it('divides by the population estimate nearest the vintage', () => {
		expect(figures.get('E09000033')!.population).toBe(200_000);
		expect(metricValue(figures.get('E09000033')!, 'perResident')).toBe(55);
	});

	it('has no per-resident figure where the population is unknown', () => {
		expect(metricValue(figures.get('E09000013')!, 'perResident')).toBeNull();
	});

	it('reads participation as yes or no', () => {
		expect(metricValue(figures.get('E09000013')!, 'participation')).toBe(1);
		expect(metricValue(figures.get('E07000190')!, 'participation')).toBe(0);
	});

	it('ignores codes that are not on the vintage', () => {
		expect(figures.has('E06000066')).toBe(false);
	});
});

describe('reportedSavings', () => {
	it('prefers the annual figure and falls back to the total', () => {
		expect(reportedSavings(initiative('a', [], { annualSavings: 5, totalSavings: 50 }))).toBe(5);
		expect(reportedSavings(initiative('b', [], { totalSavings: 50 }))).toBe(50);
		expect(reportedSavings(initiative('c', []))).toBeNull();
	});
});
