// Per-authority figures behind the map colours and the table: how many (filtered, placed) initiatives
// touch each authority, its share of their reported savings, and that share per resident.
import type { Authority, Vintage } from './authority.ts';
import type { Initiative, PlacedInitiative } from './initiative.ts';
import type { Metric } from './filters.ts';

export interface AuthorityFigures {
	code: string;
	count: number;
	/** Slugs of the initiatives counted. */
	initiatives: string[];
	/** Equal share of each initiative's reported figure; null when none of its initiatives gives one. */
	savings: number | null;
	/** Residents in the vintage's year (or the nearest estimate); null when unknown. */
	population: number | null;
	perResident: number | null;
}

export type FigureAuthority = Pick<Authority, 'code' | 'population'>;

/**
 * The figure an initiative contributes to savings: the annual figure where given, otherwise the total.
 * Sources mix targets and achievements, so the legend and panel point to each initiative's basis.
 */
export function reportedSavings(initiative: Initiative): number | null {
	return initiative.annualSavings ?? initiative.totalSavings;
}

export function authorityFigures(
	placed: readonly PlacedInitiative[],
	authorities: readonly FigureAuthority[],
	vintage: Vintage
): Map<string, AuthorityFigures> {
	const figures = new Map<string, AuthorityFigures>();
	for (const authority of authorities) {
		figures.set(authority.code, {
			code: authority.code,
			count: 0,
			initiatives: [],
			savings: null,
			population: populationNear(authority.population, Number(vintage)),
			perResident: null
		});
	}
	for (const { initiative, codes } of placed) {
		const figure = reportedSavings(initiative);
		for (const code of codes) {
			const entry = figures.get(code);
			if (!entry) continue;
			entry.count += 1;
			entry.initiatives.push(initiative.slug);
			if (figure !== null) entry.savings = (entry.savings ?? 0) + figure / codes.length;
		}
	}
	for (const entry of figures.values()) {
		if (entry.savings !== null && entry.population) entry.perResident = entry.savings / entry.population;
	}
	return figures;
}

/** The number a metric colours by; null is "no data" (drawn hatched, never as a low value). */
export function metricValue(figures: AuthorityFigures, metric: Metric): number | null {
	switch (metric) {
		case 'count':
			return figures.count;
		case 'savings':
			return figures.savings;
		case 'participation':
			return figures.count > 0 ? 1 : 0;
		case 'perResident':
			return figures.perResident;
		default:
			return unreachable(metric);
	}
}

function populationNear(estimates: Authority['population'], year: number): number | null {
	let best: Authority['population'][number] | null = null;
	for (const estimate of estimates) {
		if (!best || Math.abs(estimate.year - year) < Math.abs(best.year - year)) best = estimate;
	}
	return best?.value ?? null;
}

function unreachable(value: never): never {
	throw new Error(`Unhandled metric ${String(value)}`);
}
