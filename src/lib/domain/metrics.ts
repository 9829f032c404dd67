// Per-authority figures behind the map colours and the table: how many (filtered, placed) initiatives
// touch each authority, its share of their reported savings per kind and period (the savings rule in
// savings/, over the initiatives touching it counted once: relations.ts), and the chosen kind and period's
// share per resident.
import type { Authority, Vintage } from './authority.ts';
import type { PlacedInitiative } from './initiative.ts';
import type { Metric } from './filters.ts';
import { countedWithin, type Relation } from './relations.ts';
import { authorityShare, type AuthorityShare } from './savings/authorityShare.ts';
import { measureKey, type SavingsMeasure } from './savings/savingsFigure.ts';
import { savingsTotals, totalFor, type SavingsTotals } from './savings/savingsTotals.ts';

export interface AuthorityFigures {
	code: string;
	count: number;
	/** Slugs of the initiatives counted. */
	initiatives: string[];
	/**
	 * The authority's share of its initiatives' savings, per kind and period ([] when none reports any); an
	 * initiative part of, or succeeded by, another one touching the authority adds nothing of its own.
	 */
	savings: SavingsTotals;
	/** Residents in the vintage's year (or the nearest estimate); null when unknown. */
	population: number | null;
}

export type FigureAuthority = Pick<Authority, 'code' | 'population'>;

/**
 * The shares of a placed initiative's savings that reach a code drawn on its vintage, one per kind and
 * period: a named authority's own share, or, for a code standing in for named authorities the vintage does
 * not draw, their shares (each split equally among the codes standing in for it) added together. It is
 * `own` only when every part is.
 */
export function placedShares(entry: PlacedInitiative, code: string): AuthorityShare[] {
	const { initiative, substitutions } = entry;
	const named = initiative.participations.map((p) => p.code);
	const shares = new Map<string, AuthorityShare>();
	for (const from of named) {
		const standIns = substitutions.find((s) => s.from === from)?.to ?? [from];
		if (!standIns.includes(code)) continue;
		for (const share of authorityShare(initiative.savings, named, from)) {
			const key = measureKey(share);
			const amount = share.amount / standIns.length;
			const found = shares.get(key);
			shares.set(
				key,
				found
					? { ...found, amount: found.amount + amount, basis: found.basis === 'own' && share.basis === 'own' ? 'own' : 'equal' }
					: { ...share, amount }
			);
		}
	}
	return [...shares.values()];
}

export function authorityFigures(
	placed: readonly PlacedInitiative[],
	authorities: readonly FigureAuthority[],
	vintage: Vintage,
	relations: readonly Relation[]
): Map<string, AuthorityFigures> {
	const figures = new Map<string, AuthorityFigures>();
	const touching = new Map<string, PlacedInitiative[]>();
	for (const authority of authorities) {
		figures.set(authority.code, {
			code: authority.code,
			count: 0,
			initiatives: [],
			savings: [],
			population: populationNear(authority.population, Number(vintage))
		});
		touching.set(authority.code, []);
	}
	for (const entry of placed) {
		for (const code of entry.codes) {
			const figure = figures.get(code);
			if (!figure) continue;
			figure.count += 1;
			figure.initiatives.push(entry.initiative.slug);
			touching.get(code)!.push(entry);
		}
	}
	const counts = countedWithin(relations);
	for (const figure of figures.values()) figure.savings = countedShares(touching.get(figure.code)!, figure.code, counts);
	return figures;
}

/** `code`'s shares of the initiatives touching it, those counted with another of them left out. */
function countedShares(touching: readonly PlacedInitiative[], code: string, counts: ReturnType<typeof countedWithin>): SavingsTotals {
	const set = new Set(touching.map((entry) => entry.initiative.slug));
	return savingsTotals(touching.filter((entry) => counts(entry.initiative.slug, set)).flatMap((entry) => placedShares(entry, code)));
}

/** One drawn code's share of the savings of the placed initiatives, as authorityFigures gives it. */
export function authoritySavings(placed: readonly PlacedInitiative[], code: string, relations: readonly Relation[]): SavingsTotals {
	return countedShares(
		placed.filter((entry) => entry.codes.includes(code)),
		code,
		countedWithin(relations)
	);
}

/** The number a metric colours by; null is "no data" (drawn hatched, never as a low value). */
export function metricValue(figures: AuthorityFigures, metric: Metric, measure: SavingsMeasure): number | null {
	switch (metric) {
		case 'count':
			return figures.count;
		case 'savings':
			return totalFor(figures.savings, measure)?.amount ?? null;
		case 'participation':
			return figures.count > 0 ? 1 : 0;
		case 'perResident': {
			const amount = totalFor(figures.savings, measure)?.amount;
			return amount !== undefined && figures.population ? amount / figures.population : null;
		}
		default:
			return unreachable(metric);
	}
}

function populationNear(estimates: Authority['population'], year: number): number | null {
	let best: Authority['population'][number] | null = null;
	for (const estimate of estimates) {
		if (!best || Math.abs(estimate.year - year) < Math.abs(best.year - year)) best = estimate;
	}
	return best?.value ?? null;
}

function unreachable(value: never): never {
	throw new Error(`Unhandled metric ${String(value)}`);
}
