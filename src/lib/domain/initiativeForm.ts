// The initiative form (create, edit, propose): FormData → the import template's cells → the one import
// validator (validateImport.ts), so a form and a CSV row are held to exactly the same rules; problems
// come back per form field. Field names are the template's column names wherever there is one.
import { lifecycles, type Initiative, type Lifecycle } from './initiative.ts';
import { authorityLabel, normaliseName } from './resolveAuthority.ts';
import { initiativeColumns, type TextColumn } from './initiativeColumns.ts';
import { importColumns, validateImport, type ImportColumn, type ImportContext, type InitiativeDraft } from './validateImport.ts';
import { savingsFigureInput, validateSavings, type SavingsFigureInput } from './savings/validateSavings.ts';
import { formText } from './formText.ts';

/** Council rows the form offers beyond those already filled in (no JavaScript needed to add more). */
export const blankCouncilRows = 3;
export const maxCouncilRows = 40;
/** Savings figure rows the form offers beyond those filled in, and at most. */
export const blankSavingsRows = 2;
export const maxSavingsRows = 12;
export const savingsFields = ['amount', 'kind', 'period', 'fromYear', 'toYear', 'scope', 'reported', 'source', 'basis'] as const;

export interface CouncilEntry {
	/** What the person typed (a council name or GSS code). */
	name: string;
	/** The GSS code the picker chose, if any. */
	code: string;
	lead: boolean;
}

type TextField = TextColumn;
/** A savings row as typed; scope is a council's name or code, or '' for the whole arrangement. */
export type SavingsEntry = SavingsFigureInput;
export type InitiativeFormValues = Record<TextField, string> & { councils: CouncilEntry[]; savings: SavingsEntry[]; lifecycle: string };
export type FormField = TextField | 'councils' | 'savings' | 'lifecycle' | 'form';
export type FieldErrors = Partial<Record<FormField, string[]>>;

const textFields = importColumns.filter((column): column is TextField => column !== 'councils' && column !== 'lead_council');

export function readInitiativeForm(form: FormData): InitiativeFormValues {
	const text = (name: string) => formText(form, name);
	const lead = text('lead');
	const councils: CouncilEntry[] = [];
	for (let i = 0; i < maxCouncilRows; i++) {
		const entry = { name: text(`council_${i}`).trim(), code: text(`council_code_${i}`).trim(), lead: lead === String(i) };
		if (entry.name !== '' || entry.code !== '') councils.push(entry);
	}
	const savings: SavingsEntry[] = [];
	for (let i = 0; i < maxSavingsRows; i++) {
		const entry = Object.fromEntries(savingsFields.map((field) => [field, text(`saving_${field}_${i}`).trim()])) as SavingsEntry;
		// A row with only its selects left at their defaults is an unused row.
		if (['amount', 'fromYear', 'toYear', 'scope', 'reported', 'source', 'basis'].some((field) => entry[field as keyof SavingsEntry] !== ''))
			savings.push(entry);
	}
	const values = Object.fromEntries(textFields.map((field) => [field, text(field)])) as Record<TextField, string>;
	// One address per line in the form; the template separates them with " ; ".
	values.source_url = values.source_url
		.split(/\r?\n|\s+;\s+/)
		.map((url) => url.trim())
		.filter((url) => url !== '')
		.join(' ; ');
	return { ...values, councils, savings, lifecycle: text('lifecycle') };
}

/** The form's values for an existing initiative or proposal. */
export function initiativeFormValues(initiative: InitiativeDraft & { lifecycle?: Lifecycle }): InitiativeFormValues {
	return {
		...initiativeColumns(initiative),
		councils: initiative.participations.map((p) => ({ name: p.name, code: p.code, lead: p.role === 'lead' })),
		savings: initiative.savings.map((figure) => {
			const input = savingsFigureInput(figure);
			return { ...input, scope: initiative.participations.find((p) => p.code === figure.scope)?.name ?? figure.scope };
		}),
		lifecycle: initiative.lifecycle ?? ''
	};
}

export function emptyFormValues(): InitiativeFormValues {
	return { ...(Object.fromEntries(textFields.map((field) => [field, ''])) as Record<TextField, string>), councils: [], savings: [], lifecycle: '' };
}

/** A slug for a new initiative's name, for when the form leaves the id empty. */
export function slugFor(name: string): string {
	return normaliseName(name).replace(/ /g, '-').slice(0, 100).replace(/-+$/, '');
}

function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The council cell for an entry: the picked code when it still names what is typed, else the typed text. */
function councilCell(entry: CouncilEntry, context: ImportContext): string {
	if (entry.code === '') return entry.name;
	const picked = context.resolver.resolve(entry.code);
	if (picked.code === null) return entry.name || entry.code;
	const typed = normaliseName(entry.name);
	const names = [picked.authority.name, authorityLabel(picked.authority), picked.code].map(normaliseName);
	return typed === '' || names.includes(typed) ? picked.code : entry.name;
}

export interface ValidatedForm {
	draft: InitiativeDraft | null;
	errors: FieldErrors;
}

/** Validates with the import's rules (plus the lifecycle, when `lifecycles` allows a choice). */
export function validateInitiativeForm(
	values: InitiativeFormValues,
	context: ImportContext,
	options: { lifecycles?: readonly Lifecycle[] } = {}
): ValidatedForm {
	const councils = values.councils.map((entry) => councilCell(entry, context));
	const lead = values.councils.findIndex((entry) => entry.lead);
	const { savings: _, ...columns } = values;
	const cells: Record<ImportColumn, string> = { ...columns, councils: councils.join('; '), lead_council: lead >= 0 ? councils[lead] : '' };
	if (cells.id.trim() === '' && cells.name.trim() !== '') cells.id = slugFor(cells.name);
	const csv = `${importColumns.join(',')}\n${importColumns.map((column) => csvField(cells[column])).join(',')}\n`;
	const { initiatives, problems } = validateImport(csv, context);
	const errors: FieldErrors = {};
	const add = (field: FormField, message: string) => {
		const list = (errors[field] ??= []);
		if (!list.includes(message)) list.push(message);
	};
	for (const problem of problems) {
		const field = problem.column === 'lead_council' ? 'councils' : (problem.column as FormField);
		add(textFields.includes(field as TextField) || field === 'councils' ? field : 'form', problem.reason);
	}
	const allowed = options.lifecycles ?? [];
	if (allowed.length > 0 && !allowed.includes(values.lifecycle as Lifecycle)) {
		add('lifecycle', `choose one of ${allowed.join(', ')}`);
	}
	const [valid] = initiatives;
	const named = valid?.participations ?? [];
	// A scope names one of the councils above, by name or code; it is stored as the code.
	const scoped = values.savings.map((entry) => {
		if (entry.scope === '') return entry;
		const wanted = normaliseName(entry.scope);
		const match =
			named.find((p) => p.code === entry.scope.toUpperCase() || normaliseName(p.name) === wanted) ??
			named.find((p) => p.code === context.resolver.resolve(entry.scope).code);
		return { ...entry, scope: match?.code ?? entry.scope };
	});
	const checked = validateSavings(
		scoped,
		named.map((p) => p.code)
	);
	for (const problem of checked.problems) add('savings', `Savings figure ${problem.figure}: ${problem.message}`);
	if (!valid || Object.keys(errors).length > 0) return { draft: null, errors };
	const { line: __, ...draft } = valid;
	return { draft: { ...draft, savings: checked.figures }, errors };
}

export function isLifecycle(value: string): value is Lifecycle {
	return (lifecycles as readonly string[]).includes(value);
}

/** The draft as an Initiative-like record for showing a proposal with the public components. */
export function draftAsInitiative(draft: InitiativeDraft, lifecycle: Lifecycle = 'pending'): Initiative {
	return { ...draft, lifecycle, updated: '' };
}

export type CouncilToggle = 'added' | 'removed' | 'full';

/** What a council picker (the form's map) sees of the council fields, and how it fills or clears one. */
export interface CouncilPicking {
	/** GSS codes of the councils in the fields now. */
	readonly chosen: string[];
	toggle(council: { code: string; name: string }): CouncilToggle;
}

/**
 * Picking a council on the map: a council already in the list is taken out (its row left empty, where the
 * person may type another), any other goes into the first empty row, or a new row while there are fewer
 * than `maxCouncilRows`.
 */
export function toggleCouncil(
	councils: readonly CouncilEntry[],
	council: { code: string; name: string }
): { councils: CouncilEntry[]; outcome: CouncilToggle } {
	const at = councils.findIndex((entry) => entry.code === council.code);
	if (at >= 0) return { councils: councils.map((entry, i) => (i === at ? { name: '', code: '', lead: false } : entry)), outcome: 'removed' };
	const empty = councils.findIndex((entry) => entry.name.trim() === '' && entry.code === '');
	const added: CouncilEntry = { name: council.name, code: council.code, lead: false };
	if (empty >= 0) return { councils: councils.map((entry, i) => (i === empty ? { ...added, lead: entry.lead } : entry)), outcome: 'added' };
	if (councils.length >= maxCouncilRows) return { councils: [...councils], outcome: 'full' };
	return { councils: [...councils, added], outcome: 'added' };
}
