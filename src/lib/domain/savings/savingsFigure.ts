// A reported savings figure as typed data: what kind of figure it is, over which period, for whom, and
// where it comes from. The rules for adding figures up live beside it (savingsTotals.ts, authorityShare.ts).

/** `avoided` is a loss prevented (e.g. fraud stopped), not money saved from a budget. */
export const savingsKinds = ['achieved', 'target', 'avoided', 'unclear'] as const;
export type SavingsKind = (typeof savingsKinds)[number];

export const savingsPeriods = ['annual', 'cumulative', 'unclear'] as const;
export type SavingsPeriod = (typeof savingsPeriods)[number];

export interface SavingsFigure {
	/** Whole pounds, nominal, as reported (priced in the year reported). */
	amount: number;
	kind: SavingsKind;
	period: SavingsPeriod;
	/** Financial years by their start year (2012 is 2012/13): the year of an annual figure, the span of a cumulative one; null when not stated. */
	fromYear: number | null;
	toYear: number | null;
	/** '' for the whole arrangement, else the GSS code of the one named authority the figure is for. */
	scope: string;
	/** ISO date, year-month or year the figure was reported; '' when unknown. */
	reported: string;
	/** The web address the figure is taken from. */
	source: string;
	/** The source's own words about the figure. */
	basis: string;
}

/** A kind and period together: the unit within which figures may be added. */
export interface SavingsMeasure {
	kind: SavingsKind;
	period: SavingsPeriod;
}

/** Every kind and period, in the order views list them (achieved first, unclear last). */
export const savingsMeasures: readonly SavingsMeasure[] = savingsPeriods.flatMap((period) => savingsKinds.map((kind) => ({ kind, period })));

export const measureKey = ({ kind, period }: SavingsMeasure): string => `${kind}-${period}`;

export function parseMeasure(key: string): SavingsMeasure | null {
	return savingsMeasures.find((measure) => measureKey(measure) === key) ?? null;
}

/** The measure the map colours by unless another is chosen. */
export const defaultMeasure: SavingsMeasure = { kind: 'achieved', period: 'annual' };
