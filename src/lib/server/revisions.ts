// The revisions collection: contributors' proposals (a new initiative, or an edit to a published one)
// and the editors' decisions. The published initiative stays as it is until an editor approves.
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';
import type { Proposal, ProposalStatus } from '#lib/domain/proposal.ts';
import { formerListingProgramme } from '#lib/domain/noProgramme.ts';
import { isUserRole } from '#lib/domain/user.ts';
import type { InitiativeDraft } from '#lib/domain/validateImport.ts';
import { describeDraftProblems, validateDraft, type ValidatedDraft } from '#lib/domain/validateDraft.ts';
import { listCategories } from './categories.ts';
import { createInitiative, slugTaken, updateInitiative, editableInitiative } from './editInitiatives.ts';
import { listProgrammes } from './programmes.ts';
import type { InitiativeRecord } from './initiatives.ts';
import type { UserRecord } from './users.ts';

type Person = Pick<UserRecord, 'id' | 'name' | 'role'>;

/** A revisions record with its initiative and people expanded. */
interface RevisionRecord {
	id: string;
	/** The draft as it was proposed, possibly in an older shape (see storedDraft). */
	data: InitiativeDraft;
	status: ProposalStatus;
	comment: string;
	proposed_by: string;
	created: string;
	updated: string;
	expand?: { initiative?: Pick<InitiativeRecord, 'id' | 'slug' | 'name'>; proposed_by?: Person; reviewed_by?: Person };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const expand = 'initiative,proposed_by,reviewed_by';

function person(record: Person | undefined): Proposal['proposedBy'] | null {
	return record ? { id: record.id, name: record.name || 'Unnamed user', role: isUserRole(record.role) ? record.role : null } : null;
}

/**
 * A proposal's draft as stored, read in today's shape: drafts proposed before typed savings, status dates,
 * the LGA map listing and optional programmes existed have none of the new fields, and may name the
 * listing as their programme, which now means no programme. Anyone with the REST API could have stored
 * anything here, so nothing is assumed of its shape: checkDrafts says whether it is an initiative.
 */
function storedDraft(data: unknown): InitiativeDraft {
	if (!isObject(data)) return {} as InitiativeDraft;
	const draft = data as Partial<InitiativeDraft>;
	return {
		...draft,
		programme: draft.programme === formerListingProgramme ? '' : draft.programme,
		statusAsOf: draft.statusAsOf ?? '',
		lgaMapListed: draft.lgaMapListed ?? false,
		savings: draft.savings ?? [],
		participations: Array.isArray(draft.participations)
			? draft.participations.map((participation) =>
					isObject(participation) ? { ...participation, abolished: participation.abolished ?? null } : participation
				)
			: draft.participations
	} as InitiativeDraft;
}

function toProposal(record: RevisionRecord): Proposal {
	const initiative = record.expand?.initiative;
	return {
		id: record.id,
		initiative: initiative ? { id: initiative.id, slug: initiative.slug, name: initiative.name } : null,
		draft: storedDraft(record.data),
		status: record.status,
		comment: record.comment,
		proposedBy: person(record.expand?.proposed_by) ?? { id: record.proposed_by, name: 'Unknown user', role: null },
		reviewedBy: person(record.expand?.reviewed_by),
		created: String(record.created).replace(' ', 'T'),
		updated: String(record.updated).replace(' ', 'T')
	};
}

/** Proposes a draft, new (no initiative id) or as an edit; `authorityIds` are the record ids of its councils. */
export async function propose(
	pb: PocketBase,
	input: { userId: string; draft: InitiativeDraft; initiativeId?: string; authorityIds: string[] }
): Promise<Proposal> {
	const record = await pb
		.collection('revisions')
		.create<RevisionRecord>(
			{ initiative: input.initiativeId ?? '', data: input.draft, authorities: input.authorityIds, status: 'pending', proposed_by: input.userId },
			{ expand, requestKey: null }
		);
	return toProposal(record);
}

export async function listProposals(pb: PocketBase, filter: { status?: ProposalStatus; proposedBy?: string } = {}): Promise<Proposal[]> {
	const conditions = [
		...(filter.status ? [pb.filter('status = {:status}', { status: filter.status })] : []),
		...(filter.proposedBy ? [pb.filter('proposed_by = {:id}', { id: filter.proposedBy })] : [])
	];
	const records = await pb
		.collection('revisions')
		.getFullList<RevisionRecord>({ filter: conditions.join(' && '), sort: '-created', expand, requestKey: null });
	return records.map(toProposal);
}

export async function getProposal(pb: PocketBase, id: string): Promise<Proposal | null> {
	try {
		return toProposal(await pb.collection('revisions').getOne<RevisionRecord>(id, { expand, requestKey: null }));
	} catch (error) {
		if (error instanceof ClientResponseError && error.status === 404) return null;
		throw error;
	}
}

/** Each proposal's draft checked with the app's validator against the programmes, categories and councils now stored. */
export async function checkDrafts(pb: PocketBase, proposals: readonly Proposal[]): Promise<ValidatedDraft[]> {
	if (proposals.length === 0) return [];
	const [programmes, categories, authorities] = await Promise.all([
		listProgrammes(pb),
		listCategories(pb),
		pb.collection('authorities').getFullList({ fields: 'code,name', batch: 1000, requestKey: null })
	]);
	const context = {
		programmes: programmes.map((p) => p.slug),
		categories: categories.map((c) => c.slug),
		authorities: new Map(authorities.map((a) => [a.code as string, a.name as string]))
	};
	return proposals.map((proposal) => validateDraft(proposal.draft, context));
}

export type Decision = { ok: true } | { ok: false; message: string };

/**
 * Writes an approved proposal (published when new; an edit keeps the initiative's lifecycle), then marks
 * it approved. Approving again after a failure in between is harmless: an unchanged initiative is left alone.
 */
export async function approve(pb: PocketBase, proposal: Proposal, editorId: string, comment = ''): Promise<Decision> {
	if (proposal.status !== 'pending') return { ok: false, message: 'This proposal has already been decided.' };
	const [checked] = await checkDrafts(pb, [proposal]);
	if (!checked.ok)
		return { ok: false, message: `This proposal cannot be approved: ${describeDraftProblems(checked.problems)}. Reject it with a comment instead.` };
	proposal = { ...proposal, draft: checked.draft };
	if (proposal.initiative) {
		const current = await editableInitiative(pb, proposal.initiative.slug);
		if (!current) return { ok: false, message: 'The initiative this proposal edits no longer exists. Reject the proposal instead.' };
		await updateInitiative(pb, current, proposal.draft, { userId: editorId });
	} else {
		if (await slugTaken(pb, proposal.draft.slug)) {
			return {
				ok: false,
				message: `An initiative with the id “${proposal.draft.slug}” already exists. Reject this proposal and ask for another id, or edit the existing initiative.`
			};
		}
		await createInitiative(pb, proposal.draft, { userId: editorId, lifecycle: 'published' });
	}
	await pb.collection('revisions').update(proposal.id, { status: 'approved', reviewed_by: editorId, comment }, { requestKey: null });
	return { ok: true };
}

export async function reject(pb: PocketBase, proposal: Proposal, editorId: string, comment: string): Promise<Decision> {
	if (proposal.status !== 'pending') return { ok: false, message: 'This proposal has already been decided.' };
	if (comment.trim() === '') return { ok: false, message: 'Say why the proposal is rejected: the contributor sees this comment.' };
	await pb.collection('revisions').update(proposal.id, { status: 'rejected', reviewed_by: editorId, comment: comment.trim() }, { requestKey: null });
	return { ok: true };
}

export async function withdraw(pb: PocketBase, id: string): Promise<void> {
	await pb.collection('revisions').delete(id, { requestKey: null });
}
