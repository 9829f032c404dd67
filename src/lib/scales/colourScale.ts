// Colour classes for each metric: d3 threshold scales over fixed, readable breaks (so a legend stays
// comparable while filters change), a colour-blind-safe sequential palette (ColorBrewer YlGnBu) and an
// explicit no-data style that the map also hatches, so "no figure" never reads as "low".
import { scaleThreshold } from 'd3-scale';
import type { Metric } from '../domain/filters.ts';
import { defaultMeasure, type SavingsMeasure } from '../domain/savings/savingsFigure.ts';
import { measureLabel } from '../domain/savings/savingsLabels.ts';

/** ColorBrewer YlGnBu, 6 classes: safe for the common colour-vision deficiencies and in greyscale. */
export const palette = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'] as const;
export const noDataColour = '#bdbdbd';

export interface LegendItem {
	colour: string;
	label: string;
	/** True for the no-data entry, which the map draws hatched. */
	noData?: boolean;
}

export interface ColourScale {
	metric: Metric;
	/** The fill for a value; null means no data. */
	colour(value: number | null): string;
	/** Index of the value's class in `items`. */
	classOf(value: number | null): number;
	items: LegendItem[];
	/** Heading for the legend, with the unit. */
	title: string;
}

const breaksByMetric: Record<Exclude<Metric, 'participation'>, number[]> = {
	count: [1, 2, 3, 5, 8],
	savings: [100_000, 500_000, 1_000_000, 5_000_000, 10_000_000],
	perResident: [1, 5, 10, 25, 50]
};

function title(metric: Metric, measure: SavingsMeasure): string {
	switch (metric) {
		case 'count':
			return 'Number of initiatives';
		case 'participation':
			return 'Takes part in the selected initiatives';
		case 'savings':
			return `Savings reported, ${measureLabel(measure)} (£, each council's own figure or an equal share)`;
		case 'perResident':
			return `Savings reported per resident, ${measureLabel(measure)} (£)`;
	}
}

export function colourScale(metric: Metric, measure: SavingsMeasure = defaultMeasure): ColourScale {
	const titles = { [metric]: title(metric, measure) } as Record<Metric, string>;
	if (metric === 'participation') {
		const items: LegendItem[] = [
			{ colour: palette[0], label: 'No' },
			{ colour: palette[4], label: 'Yes' },
			{ colour: noDataColour, label: 'No data', noData: true }
		];
		const classOf = (value: number | null) => (value === null ? 2 : value > 0 ? 1 : 0);
		return { metric, classOf, colour: (value) => items[classOf(value)].colour, items, title: titles[metric] };
	}
	const breaks = breaksByMetric[metric];
	const scale = scaleThreshold<number, number>()
		.domain(breaks)
		.range(palette.map((_, i) => i));
	const items: LegendItem[] = [
		...palette.map((colour, i) => ({ colour, label: rangeLabel(metric, breaks, i) })),
		{ colour: noDataColour, label: 'No data', noData: true }
	];
	const classOf = (value: number | null) => (value === null || Number.isNaN(value) ? palette.length : scale(value));
	return { metric, classOf, colour: (value) => items[classOf(value)].colour, items, title: titles[metric] };
}

function rangeLabel(metric: Metric, breaks: number[], index: number): string {
	const format = (value: number) => formatMetric(metric, value);
	if (index === 0) return metric === 'count' ? 'None' : `Under ${format(breaks[0])}`;
	if (index === breaks.length) return `${format(breaks[index - 1])} or more`;
	const low = breaks[index - 1];
	const high = breaks[index];
	if (metric === 'count') return high - low === 1 ? format(low) : `${format(low)} to ${format(high - 1)}`;
	return `${format(low)} to under ${format(high)}`;
}

/** A metric value as people read it: counts plain, money as £ with k / m. */
export function formatMetric(metric: Metric, value: number | null): string {
	if (value === null) return 'no data';
	switch (metric) {
		case 'count':
			return String(value);
		case 'participation':
			return value > 0 ? 'yes' : 'no';
		case 'savings':
			return formatPounds(value);
		case 'perResident':
			return `£${value < 10 ? value.toFixed(2) : Math.round(value).toLocaleString('en-GB')}`;
	}
}

export function formatPounds(value: number): string {
	if (value >= 1_000_000) return `£${trim(value / 1_000_000)}m`;
	if (value >= 1_000) return `£${trim(value / 1_000)}k`;
	return `£${Math.round(value)}`;
}

function trim(value: number): string {
	return value >= 100 ? String(Math.round(value)) : String(Number(value.toFixed(1)));
}
