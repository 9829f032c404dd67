// Checks savings figures however they arrive (form, import, seed): each message says what is wrong and
// with which figure. pb_hooks/initiatives.pb.js holds the same shape rules for direct API writes.
import { controlCharacter, controlCharacterReason } from '../controlCharacter.ts';
import { measureKey, savingsKinds, savingsPeriods, type SavingsFigure } from './savingsFigure.ts';

const yearPattern = /^\d{4}$/;
const datePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const maxAmount = 1_000_000_000_000;
const webPattern = /^https?:\/\/\S+$/i;

export interface SavingsProblem {
	/** 1-based figure number, so messages match what an editor sees. */
	figure: number;
	field: keyof SavingsFigureInput;
	message: string;
}

/** Raw text fields of one figure, as forms and CSV rows give them. */
export type SavingsFigureInput = Record<'amount' | 'kind' | 'period' | 'fromYear' | 'toYear' | 'scope' | 'reported' | 'source' | 'basis', string>;

/**
 * Parses figures; `named` are the codes the initiative names (a scoped figure must be for one of them).
 * Returns the figures that parsed and a problem for each that did not, so nothing is silently dropped.
 */
export function validateSavings(
	inputs: readonly SavingsFigureInput[],
	named: readonly string[]
): { figures: SavingsFigure[]; problems: SavingsProblem[] } {
	const figures: SavingsFigure[] = [];
	const problems: SavingsProblem[] = [];
	const seen = new Set<string>();
	inputs.forEach((input, index) => {
		const figure = index + 1;
		const problem = (field: keyof SavingsFigureInput, message: string) => problems.push({ figure, field, message });
		// The basis quotes a source and may run over several lines; every other field is one line.
		for (const field of Object.keys(input) as (keyof SavingsFigureInput)[]) {
			const control = controlCharacter(input[field], { multiline: field === 'basis' });
			if (control) return problem(field, `the ${field} ${controlCharacterReason(control)}`);
		}
		const amount = input.amount.replace(/[£,\s]/g, '');
		if (!/^\d+$/.test(amount) || Number(amount) <= 0)
			return problem('amount', 'the amount must be whole pounds greater than 0, digits only (e.g. 1500000)');
		if (Number(amount) > maxAmount) return problem('amount', 'the amount is more than £1,000,000,000,000; check it is in pounds, not pence');
		if (!(savingsKinds as readonly string[]).includes(input.kind)) return problem('kind', `the kind must be one of ${savingsKinds.join(', ')}`);
		if (!(savingsPeriods as readonly string[]).includes(input.period))
			return problem('period', `the period must be one of ${savingsPeriods.join(', ')}`);
		for (const [field, label, value] of [
			['fromYear', 'from year', input.fromYear],
			['toYear', 'to year', input.toYear]
		] as const) {
			if (value !== '' && !yearPattern.test(value))
				return problem(field, `the ${label} must be the four-digit start year of a financial year (2012 for 2012/13)`);
		}
		const fromYear = input.fromYear === '' ? null : Number(input.fromYear);
		const toYear = input.toYear === '' ? null : Number(input.toYear);
		if (fromYear !== null && toYear !== null && toYear < fromYear) return problem('toYear', 'the to year comes before the from year');
		if (input.scope !== '' && !named.includes(input.scope))
			return problem('scope', `the figure is for ${input.scope}, which the initiative does not name`);
		if (input.reported !== '' && !datePattern.test(input.reported))
			return problem('reported', 'the reported date must be YYYY, YYYY-MM or YYYY-MM-DD');
		if (!webPattern.test(input.source)) return problem('source', 'the source must be a web address starting with http:// or https://');
		if (input.basis.trim() === '') return problem('basis', 'the basis must quote or summarise what the source says about the figure');
		const parsed: SavingsFigure = {
			amount: Number(amount),
			kind: input.kind as SavingsFigure['kind'],
			period: input.period as SavingsFigure['period'],
			fromYear,
			toYear,
			scope: input.scope,
			reported: input.reported,
			source: input.source,
			basis: input.basis.trim()
		};
		const key = `${measureKey(parsed)}:${parsed.scope}`;
		if (seen.has(key))
			return problem(
				'kind',
				`there is already a ${parsed.kind} ${parsed.period} figure for ${parsed.scope === '' ? 'the whole arrangement' : parsed.scope}: keep the latest one`
			);
		seen.add(key);
		figures.push(parsed);
	});
	return { figures, problems };
}

/** The text fields of a stored figure, for forms and CSV rows. */
export function savingsFigureInput(figure: SavingsFigure): SavingsFigureInput {
	return {
		amount: String(figure.amount),
		kind: figure.kind,
		period: figure.period,
		fromYear: figure.fromYear === null ? '' : String(figure.fromYear),
		toYear: figure.toYear === null ? '' : String(figure.toYear),
		scope: figure.scope,
		reported: figure.reported,
		source: figure.source,
		basis: figure.basis
	};
}
