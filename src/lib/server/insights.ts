// Reads the coverage view collections (coverage_stats, coverage_category_stats, coverage_year_stats,
// coverage_programme_stats) as the insights dashboard's domain figures: every group of a vintage, and the
// breakdowns of the chosen group. All are public and count published initiatives only.
import type PocketBase from 'pocketbase';
import type { CategoryCoverage, CoverageRow, Insights, ProgrammeCoverage, SavingsTotals, YearCoverage } from '#lib/insights/coverage.ts';
import type { InsightsScope } from '#lib/insights/insightsScope.ts';
import { storedTotals } from '#lib/domain/savings/savingsTotals.ts';

/** A coverage view's row: the domain figures, with the savings as stored (read by storedTotals). */
type CoverageRecord<T extends SavingsTotals> = Omit<T, 'savings' | 'regionName'> & { savings: unknown };

function savings(record: { savings: unknown }): SavingsTotals {
	return { savings: storedTotals(record.savings) };
}

export async function readInsights(pb: PocketBase, scope: InsightsScope): Promise<Insights> {
	const vintage = pb.filter('vintage = {:vintage}', { vintage: scope.vintage });
	const group = pb.filter('vintage = {:vintage} && region = {:region} && tier = {:tier}', {
		vintage: scope.vintage,
		region: scope.region ?? '',
		tier: scope.tier ?? ''
	});
	const list = <T>(collection: string, filter: string, sort: string) =>
		pb.collection(collection).getFullList<T>({ filter, sort, batch: 1000, requestKey: null });
	const [coverage, categories, years, programmes] = await Promise.all([
		list<CoverageRecord<CoverageRow> & { region_name: string }>('coverage_stats', vintage, 'region,tier'),
		list<CoverageRecord<CategoryCoverage>>('coverage_category_stats', group, 'slug'),
		list<CoverageRecord<YearCoverage>>('coverage_year_stats', group, 'year'),
		list<ProgrammeCoverage>('coverage_programme_stats', group, 'slug')
	]);
	return {
		coverage: coverage.map((record) => ({
			vintage: record.vintage,
			region: record.region,
			regionName: record.region_name,
			tier: record.tier,
			councils: record.councils,
			involved: record.involved,
			arrangements: record.arrangements,
			...savings(record)
		})),
		categories: categories.map((record) => ({
			slug: record.slug,
			name: record.name,
			arrangements: record.arrangements,
			involved: record.involved,
			...savings(record)
		})),
		years: years.map((record) => ({ year: record.year, arrangements: record.arrangements, ...savings(record) })),
		programmes: programmes.map((record) => ({
			slug: record.slug,
			name: record.name,
			initiatives: record.initiatives,
			involved: record.involved,
			councils: record.councils
		}))
	};
}
