// A contributor's proposals with their status and the reviewer's comment; pending ones can be withdrawn.
import { fail, redirect } from '@sveltejs/kit';
import { labelRequests } from '#lib/server/audit.ts';
import { getProposal, listProposals, withdraw } from '#lib/server/revisions.ts';
import { requireUser } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';
import { formText } from '#lib/domain/formText.ts';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return { proposals: await listProposals(event.locals.pb, { proposedBy: user.id }), proposed: event.url.searchParams.has('proposed') };
};

export const actions: Actions = {
	withdraw: async (event) => {
		const user = requireUser(event);
		const pb = labelRequests(event.locals.pb, 'app');
		const id = formText(await event.request.formData(), 'id');
		const proposal = await getProposal(pb, id);
		if (!proposal || proposal.proposedBy.id !== user.id || proposal.status !== 'pending')
			return fail(400, { message: 'Only your own proposals still waiting for review can be withdrawn.' });
		await withdraw(pb, id);
		redirect(303, '/edit/mine');
	}
};
