// An authority's share of an arrangement's savings, per kind and period: the figure the arrangement
// reports for that authority where there is one, otherwise an equal split of the whole-arrangement figure
// among the authorities it names. pb_hooks/lib/authorityStats.js applies the same rule in SQL.
import { measureKey, type SavingsFigure, type SavingsMeasure } from './savingsFigure.ts';

export interface AuthorityShare extends SavingsMeasure {
	amount: number;
	/** 'own' when the arrangement gives a figure for this authority; 'equal' for an equal share of `of` authorities. */
	basis: 'own' | 'equal';
	of: number;
}

/** `code` is one of the `named` authority codes of the arrangement; [] when it gives no figure that reaches it. */
export function authorityShare(figures: readonly SavingsFigure[], named: readonly string[], code: string): AuthorityShare[] {
	const shares = new Map<string, AuthorityShare>();
	for (const figure of figures) {
		if (figure.scope !== code) continue;
		shares.set(measureKey(figure), { kind: figure.kind, period: figure.period, amount: figure.amount, basis: 'own', of: 1 });
	}
	if (named.length === 0 || !named.includes(code)) return [...shares.values()];
	for (const figure of figures) {
		if (figure.scope !== '' || shares.has(measureKey(figure))) continue;
		shares.set(measureKey(figure), {
			kind: figure.kind,
			period: figure.period,
			amount: figure.amount / named.length,
			basis: 'equal',
			of: named.length
		});
	}
	return [...shares.values()];
}
