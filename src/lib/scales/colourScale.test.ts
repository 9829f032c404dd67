import { describe, expect, it } from 'vitest';
import { colourScale, formatMetric, formatPounds, noDataColour, palette } from './colourScale.ts';

describe('colourScale', () => {
	it('gives zero initiatives the lightest class, labelled None', () => {
		const scale = colourScale('count');
		expect(scale.colour(0)).toBe(palette[0]);
		expect(scale.items[0].label).toBe('None');
	});

	it('puts counts into classes at 1, 2, 3-4, 5-7 and 8 or more', () => {
		const scale = colourScale('count');
		expect([1, 2, 3, 4, 5, 7, 8, 40].map((v) => scale.classOf(v))).toEqual([1, 2, 3, 3, 4, 4, 5, 5]);
		expect(scale.items.map((i) => i.label)).toEqual(['None', '1', '2', '3 to 4', '5 to 7', '8 or more', 'No data']);
	});

	it('draws null as no data, never as the lowest class', () => {
		for (const metric of ['count', 'savings', 'perResident', 'participation'] as const) {
			const scale = colourScale(metric);
			expect(scale.colour(null)).toBe(noDataColour);
			expect(scale.items[scale.classOf(null)].noData).toBe(true);
		}
	});

	it('labels money breaks in pounds', () => {
		expect(colourScale('savings').items.map((i) => i.label)).toEqual([
			'Under £100k',
			'£100k to under £500k',
			'£500k to under £1m',
			'£1m to under £5m',
			'£5m to under £10m',
			'£10m or more',
			'No data'
		]);
	});

	it('puts a value on a break into the class above', () => {
		expect(colourScale('savings').classOf(1_000_000)).toBe(3);
	});

	it('shows participation as yes or no', () => {
		const scale = colourScale('participation');
		expect(scale.items.map((i) => i.label)).toEqual(['No', 'Yes', 'No data']);
		expect(scale.colour(1)).not.toBe(scale.colour(0));
	});

	it('uses distinct colours for every class', () => {
		const colours = colourScale('count').items.map((i) => i.colour);
		expect(new Set(colours).size).toBe(colours.length);
	});
});

describe('formatMetric', () => {
	it('formats each metric for people', () => {
		expect(formatMetric('count', 3)).toBe('3');
		expect(formatMetric('participation', 0)).toBe('no');
		expect(formatMetric('savings', 40_000_000)).toBe('£40m');
		expect(formatMetric('perResident', 2.5)).toBe('£2.50');
		expect(formatMetric('savings', null)).toBe('no data');
		expect(formatPounds(1_250_000)).toBe('£1.3m');
		expect(formatPounds(700_000)).toBe('£700k');
	});
});
