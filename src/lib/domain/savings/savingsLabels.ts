// How figures and totals read on screen and in exports: every amount carries its kind and period, every
// share says whether it is the authority's own figure or an equal split.
import { formatPounds } from '../../scales/colourScale.ts';
import type { AuthorityShare } from './authorityShare.ts';
import type { SavingsFigure, SavingsKind, SavingsMeasure, SavingsPeriod } from './savingsFigure.ts';
import type { SavingsTotal, SavingsTotals } from './savingsTotals.ts';

const kindLabels: Record<SavingsKind, string> = {
	achieved: 'achieved',
	target: 'target',
	avoided: 'losses avoided',
	unclear: 'unclear whether target or achieved'
};

const periodLabels: Record<SavingsPeriod, string> = {
	annual: 'a year',
	cumulative: 'cumulative',
	unclear: 'period unclear'
};

/** e.g. "achieved, a year"; "target, cumulative". */
export function measureLabel({ kind, period }: SavingsMeasure): string {
	return `${kindLabels[kind]}, ${periodLabels[period]}`;
}

/** 2012 → "2012/13". */
export function financialYear(year: number): string {
	return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** The years a figure covers: "in 2017/18", "2015/16 to 2019/20", "from 2015/16", or '' when not stated. */
export function yearsLabel({ fromYear, toYear }: Pick<SavingsFigure, 'fromYear' | 'toYear'>): string {
	if (fromYear !== null && toYear !== null)
		return fromYear === toYear ? `in ${financialYear(fromYear)}` : `${financialYear(fromYear)} to ${financialYear(toYear)}`;
	if (fromYear !== null) return `from ${financialYear(fromYear)}`;
	if (toYear !== null) return `to ${financialYear(toYear)}`;
	return '';
}

/** One figure as a line: "£5.6m target, a year, in 2019/20, for Cotswold". `names` maps codes to names. */
export function figureLabel(figure: SavingsFigure, names: ReadonlyMap<string, string> = new Map()): string {
	const years = yearsLabel(figure);
	const scope = figure.scope === '' ? 'whole arrangement' : `for ${names.get(figure.scope) ?? figure.scope} only`;
	return [`${formatPounds(figure.amount)} ${measureLabel(figure)}`, years, scope].filter(Boolean).join(', ');
}

/** "figure for this council" or "equal share of 3 councils". */
export function shareBasisLabel(share: Pick<AuthorityShare, 'basis' | 'of'>): string {
	return share.basis === 'own' ? 'figure for this council' : `equal share of ${share.of} councils`;
}

/** "achieved, a year: £2.3m from 4 arrangements". */
export function totalLabel(total: SavingsTotal): string {
	const arrangements = `${total.count} arrangement${total.count === 1 ? '' : 's'}`;
	return `${measureLabel(total)}: ${formatPounds(total.amount)} from ${arrangements}`;
}

/** How an authority's total was made: "2 equal shares, 1 own figure". */
export function shareMixLabel(total: SavingsTotal): string {
	const equal = total.count - total.own;
	const parts = [
		equal > 0 ? `${equal} equal share${equal === 1 ? '' : 's'}` : '',
		total.own > 0 ? `${total.own} own figure${total.own === 1 ? '' : 's'}` : ''
	];
	return parts.filter(Boolean).join(', ');
}

/** All totals on one line, or "no savings reported". */
export function totalsLine(totals: SavingsTotals): string {
	return totals.length === 0 ? 'no savings reported' : totals.map(totalLabel).join('; ');
}
