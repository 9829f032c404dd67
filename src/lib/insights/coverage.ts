// The insights dashboard's figures, as vintageInsights.ts computes them (and the coverage view collections,
// pb_migrations/*_coverage_*.js, repeat in SQL for the REST API). A group is a boundary vintage, a region ('' for England) and a
// tier ('' for every tier). Savings are totals per kind and period (domain/savings), never added across them.
import type { Tier, Vintage } from '../domain/authority.ts';
import type { SavingsTotals as Totals } from '../domain/savings/savingsTotals.ts';

export interface SavingsTotals {
	/**
	 * The figures for the whole of each published initiative touching the group (shared or of one council, as
	 * the map's headline counts them), summed per kind and period, each counted once (domain/relations.ts).
	 */
	savings: Totals;
}

/** A group: '' region is England; '' tier is every tier. */
export interface Group {
	vintage: Vintage;
	region: string;
	tier: Tier | '';
}

export interface CoverageRow extends Group, SavingsTotals {
	regionName: string;
	/** Councils the vintage draws in the group. */
	councils: number;
	/** Of those, how many take part in at least one shared arrangement (a record naming two or more authorities). */
	involved: number;
	/** Shared arrangements touching the group, each counted once (domain/relations.ts). */
	arrangements: number;
}

export interface CategoryCoverage extends SavingsTotals {
	slug: string;
	name: string;
	arrangements: number;
	involved: number;
}

export interface YearCoverage extends SavingsTotals {
	year: number;
	arrangements: number;
}

/** Participation in a programme: every published initiative counts, shared or not. */
export interface ProgrammeCoverage {
	slug: string;
	name: string;
	initiatives: number;
	involved: number;
	/** The group's councils, for the share. */
	councils: number;
}

export interface Insights {
	/** Every group of the vintage. */
	coverage: CoverageRow[];
	/** Breakdowns of the chosen group. */
	categories: CategoryCoverage[];
	years: YearCoverage[];
	programmes: ProgrammeCoverage[];
}
