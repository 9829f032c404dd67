// Initiative, programme, category and participation types shared by the server, the map and the pages.
import type { Vintage } from './authority.ts';
import type { SavingsFigure } from './savings/savingsFigure.ts';

export const statuses = ['operational', 'planned', 'ended', 'merged', 'unknown'] as const;
export type Status = (typeof statuses)[number];

/** Lifecycle of a record: only `published` is visible to the public. */
export const lifecycles = ['draft', 'pending', 'published'] as const;
export type Lifecycle = (typeof lifecycles)[number];

export type Role = 'lead' | 'partner';

export interface Source {
	url: string;
	title: string;
	/** ISO date, year-month or year, as the source gives it; '' when not shown. */
	date: string;
}

export interface Participation {
	/** GSS code as named by the record (may be an abolished authority). */
	code: string;
	name: string;
	role: Role;
}

export interface Initiative {
	slug: string;
	name: string;
	/** Programme slug, e.g. `shared_services`. */
	programme: string;
	/** Category slug, e.g. `revenues_benefits`. */
	category: string;
	status: Status;
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
