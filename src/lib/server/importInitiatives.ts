// Imports an initiatives CSV, with an optional savings sheet beside it (domain/savings/readSavingsSheet.ts):
// validate everything first, then write all of it in one PocketBase transaction (pb_hooks/import.pb.js), so a
// file lands whole or not at all. Same slug = same initiative; unchanged rows are left alone, so importing a file
// twice changes nothing. With a savings sheet, the figures it gives replace those of the file's initiatives (one it
// does not name is left with none); without one, stored figures are kept.
import type PocketBase from 'pocketbase';
import type { Lifecycle } from '#lib/domain/initiative.ts';
import { validateImport, type ImportContext, type InitiativeDraft, type Problem } from '#lib/domain/validateImport.ts';
import { readSavingsSheet } from '#lib/domain/savings/readSavingsSheet.ts';
import { authorityRecords } from './authorities.ts';
import { authorityResolver } from './authorityResolver.ts';
import { categoryRecords } from './categories.ts';
import { initiativeRecord, storedInitiatives } from './initiatives.ts';
import { programmeRecords } from './programmes.ts';
import { sameValues } from './sameValues.ts';

export interface ImportPlan {
	/** Slugs, in file order. */
	created: string[];
	updated: string[];
	unchanged: string[];
}

export type ImportResult = { ok: true; plan: ImportPlan; written: boolean } | { ok: false; problems: Problem[] };

export interface ImportOptions {
	/** Report the plan without writing anything. */
	dryRun?: boolean;
	/** Lifecycle of created initiatives (updates keep theirs). */
	lifecycle?: Lifecycle;
	/** The user the records are written for (created_by / updated_by); none for the CLI and the seed. */
	userId?: string;
	/** The savings sheet's bytes, when the import carries one. */
	savings?: Uint8Array | string;
	/** Keep the stored figures of updated initiatives (an import without a savings sheet). */
	keepSavings?: boolean;
}

/** Savings problems are reported with this in front of the column, so they are told apart from the initiatives file's. */
export const savingsSheetPrefix = 'savings sheet: ';

/** The drafts with the sheet's figures attached, or the sheet's problems. */
export function withSavingsSheet(
	drafts: readonly InitiativeDraft[],
	sheet: Uint8Array | string,
	context: ImportContext
): { drafts: InitiativeDraft[] } | { problems: Problem[] } {
	const read = readSavingsSheet(sheet, new Map(drafts.map((draft) => [draft.slug, draft])), context.resolver);
	if (read.problems.length > 0)
		return { problems: read.problems.map((problem) => ({ ...problem, column: `${savingsSheetPrefix}${problem.column}` })) };
	return { drafts: drafts.map((draft) => ({ ...draft, savings: read.figures.get(draft.slug) ?? [] })) };
}

/** What the validator checks against: programmes and categories from PocketBase, council names from the shared resolver. */
export async function importContext(pb: PocketBase): Promise<ImportContext> {
	const [programmes, categories, resolver] = await Promise.all([programmeRecords(pb), categoryRecords(pb), authorityResolver()]);
	return { programmes: [...programmes.keys()], categories: [...categories.keys()], resolver };
}

export async function importInitiatives(pb: PocketBase, input: Uint8Array | string, options: ImportOptions = {}): Promise<ImportResult> {
	const context = await importContext(pb);
	const { initiatives, problems } = validateImport(input, context);
	if (problems.length > 0) return { ok: false, problems };
	if (options.savings === undefined) return { ok: true, ...(await writeInitiatives(pb, initiatives, { ...options, keepSavings: true })) };
	const attached = withSavingsSheet(initiatives, options.savings, context);
	if ('problems' in attached) return { ok: false, problems: attached.problems };
	return { ok: true, ...(await writeInitiatives(pb, attached.drafts, options)) };
}

const comparedFields = [
	'name',
	'programme',
	'category',
	'status',
	'statusAsOf',
	'lgaMapListed',
	'startYear',
	'endYear',
	'description',
	'savings',
	'sources',
	'participations'
] as const;

/** One write for pb_hooks/import.pb.js. */
type Operation =
	| { action: 'create'; collection: 'initiatives' | 'participations'; data: Record<string, unknown> }
	| { action: 'update'; collection: 'initiatives' | 'participations'; id: string; data: Record<string, unknown> }
	| { action: 'delete'; collection: 'participations'; id: string };

/** Writes validated drafts (created, updated or left alone by slug) in one transaction. */
export async function writeInitiatives(
	pb: PocketBase,
	drafts: readonly InitiativeDraft[],
	options: ImportOptions = {}
): Promise<{ plan: ImportPlan; written: boolean }> {
	const [stored, programmes, categories, authorities] = await Promise.all([
		storedInitiatives(
			pb,
			drafts.map((draft) => draft.slug)
		),
		programmeRecords(pb),
		categoryRecords(pb),
		authorityRecords(pb)
	]);
	const plan: ImportPlan = { created: [], updated: [], unchanged: [] };
	const operations: Operation[] = [];
	const create = (collection: 'initiatives' | 'participations', data: Record<string, unknown>) =>
		operations.push({ action: 'create', collection, data });
	const update = (collection: 'initiatives' | 'participations', id: string, data: Record<string, unknown>) =>
		operations.push({ action: 'update', collection, id, data });
	const author = options.userId ? { updated_by: options.userId } : {};
	// Names resolve against the register file; PocketBase holds the register as it was last seeded.
	const authorityId = (code: string) => {
		const found = authorities.get(code);
		if (!found) throw new Error(`PocketBase has no authority ${code}, which the register names: run npm run seed to load the current register.`);
		return found.id;
	};
	for (const given of drafts) {
		const kept = options.keepSavings ? stored.get(given.slug)?.initiative.savings : undefined;
		const draft = kept ? { ...given, savings: kept } : given;
		// A plain shared service has no programme: an empty relation.
		const body = initiativeRecord(draft, {
			programme: draft.programme === '' ? '' : programmes.get(draft.programme)!.id,
			category: categories.get(draft.category)!.id
		});
		const existing = stored.get(draft.slug);
		if (!existing) {
			plan.created.push(draft.slug);
			const id = recordId();
			create('initiatives', {
				id,
				...body,
				lifecycle: options.lifecycle ?? 'published',
				...author,
				...(options.userId ? { created_by: options.userId } : {})
			});
			for (const participation of draft.participations) {
				create('participations', { initiative: id, authority: authorityId(participation.code), role: participation.role });
			}
			continue;
		}
		if (comparedFields.every((field) => sameValues(draft[field], existing.initiative[field]))) {
			plan.unchanged.push(draft.slug);
			continue;
		}
		plan.updated.push(draft.slug);
		update('initiatives', existing.id, { ...body, ...author });
		const wanted = new Map(draft.participations.map((participation) => [participation.code, participation.role]));
		for (const [code, id] of existing.participationIds) {
			if (!wanted.has(code)) operations.push({ action: 'delete', collection: 'participations', id });
		}
		for (const [code, role] of wanted) {
			const id = existing.participationIds.get(code);
			const had = existing.initiative.participations.find((participation) => participation.code === code);
			if (id === undefined) create('participations', { initiative: existing.id, authority: authorityId(code), role });
			else if (had?.role !== role) update('participations', id, { role });
		}
	}
	if (options.dryRun || operations.length === 0) return { plan, written: false };
	// Labelled as an import in the audit unless the caller labelled it (labelRequests: the app's forms).
	await pb.send('/api/app/write-initiatives', { method: 'POST', body: { operations }, requestKey: null, headers: { 'X-Audit-Via': 'import' } });
	return { plan, written: true };
}

/** A PocketBase-style record id (15 of a-z0-9), made here so participations can point at a new initiative in the same write. */
export function recordId(): string {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
	const bytes = crypto.getRandomValues(new Uint8Array(15));
	return [...bytes].map((byte) => alphabet[byte % alphabet.length]).join('');
}
