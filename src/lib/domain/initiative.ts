// Initiative, programme, category and participation types shared by the server, the map and the pages.
import type { Vintage } from './authority.ts';
import type { SavingsFigure } from './savings/savingsFigure.ts';

export const statuses = ['operational', 'planned', 'ended', 'merged', 'unknown'] as const;
export type Status = (typeof statuses)[number];

/** The years an initiative's start and end can have, in imports, forms and the map's year filter. */
export const earliestYear = 1900;
export const latestYear = 2100;

/** Lifecycle of a record: only `published` is visible to the public. */
export const lifecycles = ['draft', 'pending', 'published'] as const;
export type Lifecycle = (typeof lifecycles)[number];

export type Role = 'lead' | 'partner';

export interface Source {
	url: string;
	title: string;
	/** ISO date, year-month or year, as the source gives it; '' when not shown. */
	date: string;
	/** True when the address is a mirror or aggregator's copy of the page, not where it was published. */
	mirror?: boolean;
}

export interface Participation {
	/** GSS code as named by the record (may be an abolished authority). */
	code: string;
	name: string;
	role: Role;
	/** The day the council was abolished (the register's validTo: its successor's first day); null while it exists. */
	abolished: string | null;
}

export interface Initiative {
	slug: string;
	name: string;
	/** Programme slug, e.g. `one_public_estate`; '' for a plain shared-service arrangement, which is in no programme. */
	programme: string;
	/** Category slug, e.g. `revenues_benefits`. */
	category: string;
	/** Status as the evidence last said it (see effectiveStatus for what views show). */
	status: Status;
	/** Date of the evidence behind `status` (YYYY, YYYY-MM or YYYY-MM-DD); '' when none is recorded. */
	statusAsOf: string;
	/** True only where a source says the arrangement appeared on the LGA's shared services map (a listing, not a programme). */
	lgaMapListed: boolean;
	startYear: number | null;
	endYear: number | null;
	description: string;
	/** Reported savings, each typed by kind, period and scope ([] when none is reported). */
	savings: SavingsFigure[];
	sources: Source[];
	participations: Participation[];
	lifecycle: Lifecycle;
	updated: string;
}

export interface Programme {
	slug: string;
	theme: string;
	name: string;
	summary: string;
	priorities: string[];
	howToGetInvolved: string;
	expectedSavingsText: string;
	expectedSavingsMin: number | null;
	expectedSavingsMax: number | null;
	period: string;
	source: string;
}

export interface Category {
	slug: string;
	name: string;
}

/** An initiative drawn on a vintage: the codes it touches there, after following successors. */
export interface PlacedInitiative {
	initiative: Initiative;
	vintage: Vintage;
	codes: string[];
	/** True when a named authority does not exist in this vintage and its successor stands in. */
	viaSuccessor: boolean;
	/** Each named authority the vintage does not draw, and the codes standing in for it ([] when none). */
	substitutions: { from: string; to: string[] }[];
}
