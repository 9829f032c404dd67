// Totals of savings, kept apart by kind and period: a target is never added to an outturn, nor an annual
// figure to a cumulative one. Every view, export and aggregate that sums savings goes through here (or, in
// SQL, through the same rule: pb_migrations/*_split_savings_by_measure.js, pb_hooks/lib/authorityStats.js).
import type { Initiative } from '../initiative.ts';
import { countedInitiatives, type Relation } from '../relations.ts';
import { arrangementSavings } from './arrangementSavings.ts';
import { authorityShare } from './authorityShare.ts';
import { measureKey, savingsMeasures, type SavingsMeasure } from './savingsFigure.ts';

export interface SavingsTotal extends SavingsMeasure {
	amount: number;
	/** Arrangements contributing. */
	count: number;
	/** Of those, how many give a figure for the authority itself (authority totals only; 0 otherwise). */
	own: number;
}

export type SavingsTotals = SavingsTotal[];

/** Sums amounts per kind and period; the result lists only measures with a figure, in savingsMeasures order. */
export function savingsTotals(items: Iterable<SavingsMeasure & { amount: number; basis?: 'own' | 'equal' }>): SavingsTotals {
	const sums = new Map<string, SavingsTotal>();
	for (const item of items) {
		const key = measureKey(item);
		const entry = sums.get(key) ?? { kind: item.kind, period: item.period, amount: 0, count: 0, own: 0 };
		entry.amount += item.amount;
		entry.count += 1;
		if (item.basis === 'own') entry.own += 1;
		sums.set(key, entry);
	}
	return savingsMeasures.flatMap((measure) => sums.get(measureKey(measure)) ?? []);
}

/** The total for one kind and period, or null when nothing reports it. */
export function totalFor(totals: SavingsTotals, measure: SavingsMeasure): SavingsTotal | null {
	return totals.find((total) => total.kind === measure.kind && total.period === measure.period) ?? null;
}

type WithSavings = Pick<Initiative, 'slug' | 'savings' | 'participations'>;

/**
 * Totals over arrangements: each contributes what it reports for the whole of it (arrangementSavings),
 * once: a part or predecessor whose parent or successor is in the same set is left out (countedInitiatives).
 */
export function arrangementTotals(initiatives: Iterable<Pick<Initiative, 'slug' | 'savings'>>, relations: readonly Relation[]): SavingsTotals {
	return savingsTotals(countedInitiatives([...initiatives], relations).flatMap((initiative) => arrangementSavings(initiative.savings)));
}

/**
 * An authority's totals over the arrangements naming it: its share of each (authorityShare), each counted
 * once (countedInitiatives over those arrangements).
 */
export function authorityTotals(initiatives: Iterable<WithSavings>, code: string, relations: readonly Relation[]): SavingsTotals {
	return savingsTotals(
		countedInitiatives([...initiatives], relations).flatMap((i) =>
			authorityShare(
				i.savings,
				i.participations.map((p) => p.code),
				code
			)
		)
	);
}

/**
 * Totals as the PocketBase aggregates store them (a JSON array of {kind, period, amount, count, own?})
 * read back in savingsMeasures order; anything malformed is dropped rather than shown as a figure.
 */
export function storedTotals(raw: unknown): SavingsTotals {
	const list = Array.isArray(raw) ? raw : [];
	const byKey = new Map<string, SavingsTotal>();
	for (const item of list) {
		if (item === null || typeof item !== 'object') continue;
		const { kind, period, amount, count, own } = item as Record<string, unknown>;
		const measure = savingsMeasures.find((m) => m.kind === kind && m.period === period);
		if (!measure || typeof amount !== 'number' || typeof count !== 'number' || count <= 0) continue;
		byKey.set(measureKey(measure), { ...measure, amount, count, own: typeof own === 'number' ? own : 0 });
	}
	return savingsMeasures.flatMap((measure) => byKey.get(measureKey(measure)) ?? []);
}
