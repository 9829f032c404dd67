// Totals of savings, kept apart by kind and period: a target is never added to an outturn, nor an annual
// figure to a cumulative one. Every view, export and aggregate that sums savings goes through here (or, in
// SQL, through the same rule: pb_migrations/*_split_savings_by_measure.js, pb_hooks/lib/authorityStats.js).
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
