// The review queue: editors approve a proposal (the app writes it) or reject it with a comment the
// contributor sees.
import { fail, redirect } from '@sveltejs/kit';
import { labelRequests } from '#lib/server/audit.ts';
import { editableInitiative } from '#lib/server/editInitiatives.ts';
import { describeDraftProblems } from '#lib/domain/validateDraft.ts';
import { approve, checkDrafts, getProposal, listProposals, reject } from '#lib/server/revisions.ts';
import { requireEditor } from '#lib/server/session.ts';
import { proposalRows } from '#lib/domain/proposalRows.ts';
import type { Actions, PageServerLoad } from './$types';
import { formText } from '#lib/domain/formText.ts';

export const load: PageServerLoad = async (event) => {
	requireEditor(event);
	const pb = event.locals.pb;
	const pending = await listProposals(pb, { status: 'pending' });
	const checked = await checkDrafts(pb, pending);
	const proposals = await Promise.all(
		pending.map(async (proposal, i) => {
			const result = checked[i];
			// A stored row the app cannot read is shown as such, so an editor can reject it.
			if (!result.ok) return { ...proposal, rows: [], problems: describeDraftProblems(result.problems) };
			const current = proposal.initiative ? ((await editableInitiative(pb, proposal.initiative.slug))?.initiative ?? null) : null;
			return { ...proposal, rows: proposalRows(current, result.draft), problems: null };
		})
	);
	return { proposals, done: event.url.searchParams.get('done') };
};

async function decide(event: Parameters<Actions[string]>[0], decision: 'approve' | 'reject') {
	const user = requireEditor(event);
	const pb = labelRequests(event.locals.pb, 'app');
	const form = await event.request.formData();
	const id = formText(form, 'id');
	const comment = formText(form, 'comment').slice(0, 1000);
	const proposal = await getProposal(pb, id);
	if (!proposal) return fail(404, { id, message: 'This proposal no longer exists (it may have been withdrawn).' });
	const result = decision === 'approve' ? await approve(pb, proposal, user.id, comment.trim()) : await reject(pb, proposal, user.id, comment);
	if (!result.ok) return fail(400, { id, message: result.message });
	redirect(303, `/edit/review?done=${decision === 'approve' ? 'approved' : 'rejected'}`);
}

export const actions: Actions = {
	approve: (event) => decide(event, 'approve'),
	reject: (event) => decide(event, 'reject')
};
