// A stored draft (a proposal's `data`, which anyone with the REST API can write) checked with the app's own
// rules: its fields become the import template's cells and go through validateImport, its savings figures
// go through validateSavings, and what comes back must be the draft as sent, so a value of the wrong type
// (a number for a name, "2012" for a year) is refused too. The app runs it before showing or approving a
// proposal; PocketBase runs the same code (bundled by scripts/lib/hookBundle.ts, see hookRules.ts) when a
// proposal is created.
import { initiativeColumns } from './initiativeColumns.ts';
import type { Participation } from './initiative.ts';
import type { ResolvableAuthority, Resolver } from './resolveAuthority.ts';
import type { SavingsFigure } from './savings/savingsFigure.ts';
import { savingsFigureInput, validateSavings } from './savings/validateSavings.ts';
import { importColumns, validateImport, type InitiativeDraft } from './validateImport.ts';

export interface DraftContext {
	programmes: readonly string[];
	categories: readonly string[];
	/** GSS codes of every authority, with its name. */
	authorities: ReadonlyMap<string, string>;
}

export interface DraftProblem {
	/** The template column (or draft field) at fault. */
	field: string;
	reason: string;
}

export type ValidatedDraft = { ok: true; draft: InitiativeDraft } | { ok: false; problems: DraftProblem[] };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const roles: Participation['role'][] = ['lead', 'partner'];
const yearOrNull = (value: unknown) => value === null || typeof value === 'number';
const figureTypes: Record<keyof SavingsFigure, (value: unknown) => boolean> = {
	amount: (value) => typeof value === 'number',
	kind: (value) => typeof value === 'string',
	period: (value) => typeof value === 'string',
	fromYear: yearOrNull,
	toYear: yearOrNull,
	scope: (value) => typeof value === 'string',
	reported: (value) => typeof value === 'string',
	source: (value) => typeof value === 'string',
	basis: (value) => typeof value === 'string'
};

/** Councils by code only: a stored draft names them by code. */
function codeResolver(authorities: ReadonlyMap<string, string>): Resolver {
	return {
		resolve(name) {
			const code = name.trim().toUpperCase();
			const found = authorities.get(code);
			if (found === undefined) return { code: null, reason: `no council has the code “${name}”`, suggestions: [] };
			const authority: ResolvableAuthority = { code, name: found, aliases: [], kind: 'unitary', validFrom: null, validTo: null };
			return { code, authority };
		},
		search: () => []
	};
}

function shapeProblems(data: unknown): DraftProblem[] {
	if (!isObject(data)) return [{ field: 'data', reason: 'the proposal holds no initiative (its data must be an object)' }];
	const problems: DraftProblem[] = [];
	const sources = data.sources;
	const source = (s: unknown) =>
		isObject(s) && ['url', 'title', 'date'].every((key) => typeof s[key] === 'string') && (s.mirror === undefined || typeof s.mirror === 'boolean');
	if (!Array.isArray(sources) || !sources.every(source)) {
		problems.push({
			field: 'source_url',
			reason: 'each source must have a web address, a title and a date as text (and a mirror flag, if any, true or false)'
		});
	}
	const participations = data.participations;
	const participation = (p: unknown) =>
		isObject(p) &&
		typeof p.code === 'string' &&
		typeof p.name === 'string' &&
		roles.includes(p.role as Participation['role']) &&
		(p.abolished === undefined || p.abolished === null || typeof p.abolished === 'string');
	if (!Array.isArray(participations) || participations.length === 0 || !participations.every(participation)) {
		problems.push({ field: 'councils', reason: 'each council must have a code, a name and a role (lead or partner)' });
	}
	const savings = data.savings;
	const figure = (f: unknown) =>
		isObject(f) && Object.entries(figureTypes).every(([key, typed]) => typed(f[key])) && Object.keys(f).every((key) => key in figureTypes);
	if (!Array.isArray(savings) || !savings.every(figure)) {
		problems.push({
			field: 'savings',
			reason: 'savings must be a list of figures, each with amount, kind, period, fromYear, toYear, scope, reported, source and basis'
		});
	}
	if (typeof data.lgaMapListed !== 'boolean') problems.push({ field: 'lgaMapListed', reason: 'must be true or false' });
	for (const [key, value] of Object.entries(data)) {
		if (key === 'sources' || key === 'participations' || key === 'savings' || key === 'lgaMapListed') continue;
		if (value !== null && typeof value !== 'string' && typeof value !== 'number') problems.push({ field: key, reason: 'must be text or a number' });
	}
	return problems;
}

/** JSON with object keys sorted: stored JSON comes back with its keys in another order. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (isObject(value))
		return `{${Object.keys(value)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
			.join(',')}}`;
	return JSON.stringify(value) ?? 'null';
}

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const sameParticipations = (a: Participation[], b: Participation[]) =>
	a.length === b.length && a.every((p) => b.some((q) => q.code === p.code.toUpperCase() && q.role === p.role));

export function validateDraft(data: unknown, context: DraftContext): ValidatedDraft {
	const shape = shapeProblems(data);
	if (shape.length > 0) return { ok: false, problems: shape };
	const draft = data as InitiativeDraft;
	const columns: Record<string, string> = { ...initiativeColumns(draft) };
	columns.councils = draft.participations.map((p) => p.code).join('; ');
	columns.lead_council = draft.participations.find((p) => p.role === 'lead')?.code ?? '';
	const csv = `${importColumns.join(',')}\n${importColumns.map((column) => csvField(columns[column] ?? '')).join(',')}\n`;
	const { initiatives, problems } = validateImport(csv, {
		programmes: context.programmes,
		categories: context.categories,
		resolver: codeResolver(context.authorities)
	});
	if (problems.length > 0) return { ok: false, problems: problems.map((p) => ({ field: p.column, reason: p.reason })) };
	const { line: _, ...read } = initiatives[0];
	const codes = read.participations.map((p) => p.code);
	const savings = validateSavings(draft.savings.map(savingsFigureInput), codes);
	if (savings.problems.length > 0)
		return { ok: false, problems: savings.problems.map((p) => ({ field: 'savings', reason: `figure ${p.figure}: ${p.message}` })) };
	const differing = (Object.keys(read) as (keyof InitiativeDraft)[]).filter((key) => {
		if (key === 'participations') return !sameParticipations(draft.participations, read.participations);
		if (key === 'savings') return canonical(savings.figures) !== canonical(draft.savings);
		return canonical(read[key]) !== canonical(draft[key]);
	});
	if (differing.length > 0) {
		const expected = { ...read, savings: savings.figures };
		return {
			ok: false,
			problems: differing.map((field) => ({ field, reason: `is not stored as the app stores it (expected ${JSON.stringify(expected[field])})` }))
		};
	}
	// What the validator read, so nothing the draft carried beyond an initiative's fields goes further; the
	// roles as the draft gave them, the names as the register gives them.
	return {
		ok: true,
		draft: {
			...read,
			savings: savings.figures,
			participations: read.participations.map((p) => ({ ...p, role: draft.participations.find((q) => q.code.toUpperCase() === p.code)!.role }))
		}
	};
}

/** One line naming every problem, for a 400 answer or the review queue. */
export function describeDraftProblems(problems: readonly DraftProblem[]): string {
	return problems.map((p) => `${p.field}: ${p.reason}`).join('; ');
}
