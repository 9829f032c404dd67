// The savings sheet: data/seed/savings.csv, and the companion file an import may carry, one figure a row
// (format: data/API.md). Rows are matched to initiatives by id; a scope is the name or code of one of that
// initiative's councils and is stored as its code.
import { parseCsv, type Problem } from '../parseCsv.ts';
import type { Participation } from '../initiative.ts';
import type { Resolver } from '../resolveAuthority.ts';
import { formulaReason, unneutralise } from '../validateImport.ts';
import type { SavingsFigure } from './savingsFigure.ts';
import { validateSavings, type SavingsFigureInput } from './validateSavings.ts';

export const savingsColumns = [
	'initiative_id',
	'amount_gbp',
	'kind',
	'period',
	'from_year',
	'to_year',
	'scope',
	'reported_date',
	'source_url',
	'basis'
] as const;
type SavingsColumn = (typeof savingsColumns)[number];

const fieldColumn: Record<keyof SavingsFigureInput, SavingsColumn> = {
	amount: 'amount_gbp',
	kind: 'kind',
	period: 'period',
	fromYear: 'from_year',
	toYear: 'to_year',
	scope: 'scope',
	reported: 'reported_date',
	source: 'source_url',
	basis: 'basis'
};

export interface SavingsSheet {
	/** Figures by initiative id; an initiative the sheet does not name is absent. */
	figures: Map<string, SavingsFigure[]>;
	problems: Problem[];
}

/** `initiatives` are the ids the sheet may name, with their councils (from the initiatives file or the store). */
export function readSavingsSheet(
	input: Uint8Array | string,
	initiatives: ReadonlyMap<string, { participations: readonly Participation[]; startYear: number | null }>,
	resolver: Resolver
): SavingsSheet {
	const parsed = parseCsv(input);
	const rows = parsed.rows.filter((row) => row.cells.some((cell) => cell.trim() !== '') && !row.cells[0]?.trimStart().startsWith('#'));
	const problems: Problem[] = [...parsed.problems];
	const figures = new Map<string, SavingsFigure[]>();
	const [header, ...body] = rows;
	if (!header) return { figures, problems };
	const names = header.cells.map((cell) => cell.trim().replace(/^\uFEFF/, ''));
	for (const column of savingsColumns) {
		if (!names.includes(column))
			problems.push({
				line: header.line,
				column,
				reason: `the savings sheet needs a ${column} column (its columns are ${savingsColumns.join(', ')})`
			});
	}
	for (const name of names) {
		if (!(savingsColumns as readonly string[]).includes(name))
			problems.push({
				line: header.line,
				column: name || '?',
				reason: `unknown column; the savings sheet's columns are ${savingsColumns.join(', ')}`
			});
	}
	if (problems.length > 0) return { figures, problems };
	const byInitiative = new Map<string, { line: number; input: SavingsFigureInput }[]>();
	for (const row of body) {
		const raw = (column: SavingsColumn) => row.cells[names.indexOf(column)] ?? '';
		const formulas = (['scope', 'source_url', 'basis'] as const).flatMap((column) => {
			const reason = formulaReason(raw(column));
			return reason ? [{ line: row.line, column, reason }] : [];
		});
		if (formulas.length > 0) {
			problems.push(...formulas);
			continue;
		}
		const cell = (column: SavingsColumn) => unneutralise(raw(column).trim());
		const id = cell('initiative_id');
		const initiative = initiatives.get(id);
		if (!initiative) {
			problems.push({
				line: row.line,
				column: 'initiative_id',
				reason: `no initiative has the id “${id}” (in the initiatives file or already stored)`
			});
			continue;
		}
		let scope = cell('scope');
		if (scope !== '') {
			const wanted = scope.toLowerCase();
			const named =
				initiative.participations.find((p) => p.code === scope || p.name.toLowerCase() === wanted) ??
				initiative.participations.find((p) => p.code === resolver.resolve(scope, initiative.startYear).code);
			if (!named) {
				problems.push({
					line: row.line,
					column: 'scope',
					reason: `“${scope}” is not one of this initiative's councils; leave scope empty for a whole-arrangement figure`
				});
				continue;
			}
			scope = named.code;
		}
		const list = byInitiative.get(id) ?? [];
		list.push({
			line: row.line,
			input: {
				amount: cell('amount_gbp'),
				kind: cell('kind'),
				period: cell('period'),
				fromYear: cell('from_year'),
				toYear: cell('to_year'),
				scope,
				reported: cell('reported_date'),
				source: cell('source_url'),
				basis: cell('basis')
			}
		});
		byInitiative.set(id, list);
	}
	for (const [id, list] of byInitiative) {
		const initiative = initiatives.get(id)!;
		const result = validateSavings(
			list.map((item) => item.input),
			initiative.participations.map((p) => p.code)
		);
		for (const problem of result.problems)
			problems.push({ line: list[problem.figure - 1].line, column: fieldColumn[problem.field], reason: problem.message });
		figures.set(id, result.figures);
	}
	return { figures, problems };
}

/** Figures as savings-sheet rows (the export and the seed use the same format); scope is written as a name. */
export function savingsSheetRows(id: string, figures: readonly SavingsFigure[], names: ReadonlyMap<string, string>): Record<SavingsColumn, string>[] {
	return figures.map((figure) => ({
		initiative_id: id,
		amount_gbp: String(figure.amount),
		kind: figure.kind,
		period: figure.period,
		from_year: figure.fromYear === null ? '' : String(figure.fromYear),
		to_year: figure.toYear === null ? '' : String(figure.toYear),
		scope: figure.scope === '' ? '' : (names.get(figure.scope) ?? figure.scope),
		reported_date: figure.reported,
		source_url: figure.source,
		basis: figure.basis
	}));
}
