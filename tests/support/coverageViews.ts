// The coverage view collections (coverage_stats, coverage_category_stats, coverage_year_stats,
// coverage_programme_stats) read as the public REST API serves them, as the dashboard's domain figures:
// tests hold them to the rule the app computes the dashboard with (lib/insights/vintageInsights.ts).
import type PocketBase from 'pocketbase';
import type { CategoryCoverage, CoverageRow, Insights, ProgrammeCoverage, SavingsTotals, YearCoverage } from '#lib/insights/coverage.ts';
import type { InsightsScope } from '#lib/insights/insightsScope.ts';
import { storedTotals } from '#lib/domain/savings/savingsTotals.ts';

/** A coverage view's row: the domain figures, with the savings as stored (read by storedTotals). */
type CoverageRecord<T extends SavingsTotals> = Omit<T, 'savings' | 'regionName'> & { savings: unknown };

/** The group a breakdown row belongs to ('' for all regions or all tiers). */
interface Group {
	region: string;
	tier: string;
}

function savings(record: { savings: unknown }): SavingsTotals {
	return { savings: storedTotals(record.savings) };
}

/**
 * Every group's figures of a vintage (four view reads, whatever the scope), and a function picking one
 * scope's insights from them: the dashboard's many scopes share one read per data version.
 */
export async function readCoverageViews(pb: PocketBase, vintage: InsightsScope['vintage']): Promise<(scope: InsightsScope) => Insights> {
	const filter = pb.filter('vintage = {:vintage}', { vintage });
	const list = <T>(collection: string, sort: string) =>
		pb.collection(collection).getFullList<T & Group>({ filter, sort, batch: 1000, requestKey: null });
	const [coverage, allCategories, allYears, allProgrammes] = await Promise.all([
		list<CoverageRecord<CoverageRow> & { region_name: string }>('coverage_stats', 'region,tier'),
		list<CoverageRecord<CategoryCoverage>>('coverage_category_stats', 'slug'),
		list<CoverageRecord<YearCoverage>>('coverage_year_stats', 'year'),
		list<ProgrammeCoverage>('coverage_programme_stats', 'slug')
	]);
	return (scope) => {
		const inGroup = (record: Group) => record.region === (scope.region ?? '') && record.tier === (scope.tier ?? '');
		const [categories, years, programmes] = [allCategories.filter(inGroup), allYears.filter(inGroup), allProgrammes.filter(inGroup)];
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
	};
}

export async function readCoverageScope(pb: PocketBase, scope: InsightsScope): Promise<Insights> {
	return (await readCoverageViews(pb, scope.vintage))(scope);
}
