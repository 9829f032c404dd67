// Aggregates over published initiatives, as the PocketBase stats collections compute them
// (pb_migrations/*_stats.js; authority_stats is a table kept by pb_hooks/authorityStats.pb.js).
// Annual and total savings are separate kinds and are never added together.

export interface Totals {
	/** Published initiatives counted. */
	count: number;
	/** Sums of the reported figures (0 when none); each initiative's whole figure, not a share. */
	annualSavings: number;
	totalSavings: number;
	/** How many of the counted initiatives report each kind of figure. */
	annualSavingsCount: number;
	totalSavingsCount: number;
}

export interface AuthorityStats extends Totals {
	code: string;
	name: string;
	/** Initiatives the authority leads. */
	led: number;
	/** Programme and category slugs, sorted. */
	programmes: string[];
	categories: string[];
}

export interface RegionStats extends Totals {
	region: string;
	regionName: string;
}

export interface ProgrammeStats extends Totals {
	slug: string;
	name: string;
	/** Distinct authorities taking part. */
	authorities: number;
}

export type CategoryStats = ProgrammeStats;

export interface YearStats extends Totals {
	year: number;
}
