// Reads the aggregate collections (authority_stats, a table pb_hooks/authorityStats.pb.js keeps, and the
// views region_stats, programme_stats, category_stats, year_stats) as domain stats; all are public and
// count published initiatives only.
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';
import type { AuthorityStats, CategoryStats, ProgrammeStats, RegionStats, Totals, YearStats } from '#lib/domain/stats.ts';
import { storedTotals } from '#lib/domain/savings/savingsTotals.ts';

/** A stats row: the domain figures, with the savings and slug lists as stored. */
type StatsRecord<T extends Totals> = Omit<T, 'savings' | 'programmes' | 'categories' | 'regionName'> & { savings: unknown };
type AuthorityStatsRecord = StatsRecord<AuthorityStats> & { programmes: (string | null)[] | null; categories: (string | null)[] | null };

function totals(record: StatsRecord<Totals>): Totals {
	return { count: record.count, savings: storedTotals(record.savings) };
}

const list = <T>(pb: PocketBase, collection: string, sort: string) =>
	pb.collection(collection).getFullList<T>({ sort, batch: 1000, requestKey: null });
const sorted = (values: (string | null)[] | null) => (values ?? []).filter((value): value is string => value !== null).sort();

const authorityRow = (record: AuthorityStatsRecord): AuthorityStats => ({
	code: record.code,
	name: record.name,
	...totals(record),
	led: record.led,
	programmes: sorted(record.programmes),
	categories: sorted(record.categories)
});

export async function authorityStats(pb: PocketBase): Promise<AuthorityStats[]> {
	return (await list<AuthorityStatsRecord>(pb, 'authority_stats', 'code')).map(authorityRow);
}

/** One authority's row; null when no published initiative names it. */
export async function authorityStatsFor(pb: PocketBase, code: string): Promise<AuthorityStats | null> {
	try {
		return authorityRow(
			await pb.collection('authority_stats').getFirstListItem<AuthorityStatsRecord>(pb.filter('code = {:code}', { code }), { requestKey: null })
		);
	} catch (error) {
		if (error instanceof ClientResponseError && error.status === 404) return null;
		throw error;
	}
}

export async function regionStats(pb: PocketBase): Promise<RegionStats[]> {
	return (await list<StatsRecord<RegionStats> & { region_name: string }>(pb, 'region_stats', 'region')).map((record) => ({
		region: record.region,
		regionName: record.region_name,
		...totals(record)
	}));
}

function groupStats(record: StatsRecord<ProgrammeStats>): ProgrammeStats {
	return { slug: record.slug, name: record.name, ...totals(record), authorities: record.authorities };
}

export async function programmeStats(pb: PocketBase): Promise<ProgrammeStats[]> {
	return (await list<StatsRecord<ProgrammeStats>>(pb, 'programme_stats', 'slug')).map(groupStats);
}

export async function categoryStats(pb: PocketBase): Promise<CategoryStats[]> {
	return (await list<StatsRecord<CategoryStats>>(pb, 'category_stats', 'slug')).map(groupStats);
}

export async function yearStats(pb: PocketBase): Promise<YearStats[]> {
	return (await list<StatsRecord<YearStats>>(pb, 'year_stats', 'year')).map((record) => ({ year: record.year, ...totals(record) }));
}
