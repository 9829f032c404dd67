// Aggregates over published initiatives, as the PocketBase stats collections compute them
// (pb_migrations/*_stats.js; authority_stats is a table kept by pb_hooks/authorityStats.pb.js). Savings are
// totals per kind and period (domain/savings), never added across them, over each group's initiatives
// counted once (domain/relations.ts).
import type { SavingsTotals } from './savings/savingsTotals.ts';

export interface Totals {
	/** For a group, its published initiatives counted once; for an authority, every published initiative naming it. */
	count: number;
	/** For a group of initiatives, each one's whole-arrangement figure summed per kind and period; for an authority, its shares. */
	savings: SavingsTotals;
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
