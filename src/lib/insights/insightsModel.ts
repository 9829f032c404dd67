// Shapes the coverage rows into what the dashboard draws: the chosen group's figures, each region at
// the chosen tier, each tier in the chosen region, and bar series for the charts. Nothing is summed here:
// every figure is one the views computed; only shares (involved ÷ councils) are divided out.
import type { Tier } from '../domain/authority.ts';
import type { CategoryCoverage, CoverageRow, Insights, ProgrammeCoverage } from './coverage.ts';
import { tierLabel, type InsightsScope } from './insightsScope.ts';
import { savingsMeasures, type SavingsMeasure } from '../domain/savings/savingsFigure.ts';
import { totalFor } from '../domain/savings/savingsTotals.ts';

export interface BarDatum {
	key: string;
	label: string;
	value: number;
}

export interface InsightsModel {
	/** The chosen group (region or England, tier or all). */
	group: CoverageRow | undefined;
	/** Each region at the chosen tier, in ONS order, and England at that tier. */
	regions: CoverageRow[];
	england: CoverageRow | undefined;
	/** Each tier within the chosen region or England, and the group across tiers. */
	tiers: CoverageRow[];
	allTiers: CoverageRow | undefined;
	regionShares: BarDatum[];
	tierShares: BarDatum[];
	categoryCounts: BarDatum[];
	yearCounts: BarDatum[];
	/** Programmes with at least one initiative in the group, largest share first; the rest are named in `quietProgrammes`. */
	programmes: ProgrammeCoverage[];
	programmeShares: BarDatum[];
	quietProgrammes: string[];
	/** For each kind and period reported, the categories reporting it, largest first; never combined. */
	savingsByCategory: { measure: SavingsMeasure; data: BarDatum[] }[];
	categories: CategoryCoverage[];
}

const tierOrder: Tier[] = ['upper', 'lower', 'single'];

export function coverageShare(row: Pick<CoverageRow, 'councils' | 'involved'>): number {
	return row.councils === 0 ? 0 : row.involved / row.councils;
}

const byValue = (a: BarDatum, b: BarDatum) => b.value - a.value || a.label.localeCompare(b.label);

export function insightsModel(insights: Insights, scope: InsightsScope): InsightsModel {
	const tier = scope.tier ?? '';
	const region = scope.region ?? '';
	const find = (r: string, t: string) => insights.coverage.find((row) => row.region === r && row.tier === t);
	const regions = insights.coverage.filter((row) => row.region !== '' && row.tier === tier).sort((a, b) => a.region.localeCompare(b.region));
	const tiers = insights.coverage
		.filter((row) => row.region === region && row.tier !== '')
		.sort((a, b) => tierOrder.indexOf(a.tier as Tier) - tierOrder.indexOf(b.tier as Tier));
	const categories = [...insights.categories].sort((a, b) => b.arrangements - a.arrangements || a.name.localeCompare(b.name));
	const programmeShare = (p: ProgrammeCoverage) => (p.councils === 0 ? 0 : p.involved / p.councils);
	const programmes = insights.programmes
		.filter((programme) => programme.initiatives > 0)
		.sort((a, b) => programmeShare(b) - programmeShare(a) || a.name.localeCompare(b.name));
	// One chart per kind and period that any service reports: figures of different ones are never added.
	const savingsByCategory = savingsMeasures.flatMap((measure) => {
		const data = categories.flatMap((c) => {
			const total = totalFor(c.savings, measure);
			return total ? [{ key: c.slug, label: c.name, value: total.amount }] : [];
		});
		return data.length > 0 ? [{ measure, data: data.sort(byValue) }] : [];
	});
	return {
		group: find(region, tier),
		regions,
		england: find('', tier),
		tiers,
		allTiers: find(region, ''),
		regionShares: regions.map((row) => ({ key: row.region, label: row.regionName, value: coverageShare(row) })),
		tierShares: tiers.map((row) => ({ key: row.tier, label: tierLabel(row.tier), value: coverageShare(row) })),
		categoryCounts: categories.map((c) => ({ key: c.slug, label: c.name, value: c.arrangements })),
		// A year whose initiatives are all of one council has savings but no shared arrangement to chart.
		yearCounts: [...insights.years]
			.filter((y) => y.arrangements > 0)
			.sort((a, b) => a.year - b.year)
			.map((y) => ({ key: String(y.year), label: String(y.year), value: y.arrangements })),
		programmes,
		programmeShares: programmes.map((p) => ({ key: p.slug, label: p.name, value: programmeShare(p) })),
		quietProgrammes: insights.programmes
			.filter((programme) => programme.initiatives === 0)
			.map((programme) => programme.name)
			.sort(),
		savingsByCategory,
		categories
	};
}
