// The insights dashboard's figures, as the coverage view collections compute them
// (pb_migrations/*_create_coverage_*.js). A group is a boundary vintage, a region ('' for England) and a
// tier ('' for every tier). Annual and multi-year savings are separate kinds and are never added together.
import type { Tier, Vintage } from '../domain/authority.ts';

export interface SavingsTotals {
	/** Sums of the reported figures (0 when none); each arrangement's whole figure, not a share. */
	annualSavings: number;
	totalSavings: number;
	/** How many of the counted arrangements report each kind of figure. */
	annualSavingsCount: number;
	totalSavingsCount: number;
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
	/** Shared arrangements touching the group. */
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
