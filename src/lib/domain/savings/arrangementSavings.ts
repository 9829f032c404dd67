// What one arrangement reports for each kind and period: its whole-arrangement figure, or, when it gives
// only per-authority figures, their sum. An initiative holds at most one figure per kind, period and scope
// (validateSavings.ts), so nothing here chooses between figures.
import { measureKey, type SavingsFigure, type SavingsMeasure } from './savingsFigure.ts';

export interface ArrangementAmount extends SavingsMeasure {
	amount: number;
	/** True when the amount is the sum of per-authority figures (no whole-arrangement figure given). */
	fromParts: boolean;
}

export function arrangementSavings(figures: readonly SavingsFigure[]): ArrangementAmount[] {
	const byMeasure = new Map<string, ArrangementAmount>();
	for (const figure of figures.filter((f) => f.scope === '')) {
		byMeasure.set(measureKey(figure), { kind: figure.kind, period: figure.period, amount: figure.amount, fromParts: false });
	}
	for (const figure of figures.filter((f) => f.scope !== '')) {
		const key = measureKey(figure);
		const entry = byMeasure.get(key);
		if (entry && !entry.fromParts) continue;
		byMeasure.set(key, { kind: figure.kind, period: figure.period, amount: (entry?.amount ?? 0) + figure.amount, fromParts: true });
	}
	return [...byMeasure.values()];
}
