// The editing overview: for editors, the review queue's size and the initiatives not published; for
// contributors, their authorities and their latest proposals.
import { listUnpublished } from '#lib/server/editInitiatives.ts';
import { listProposals } from '#lib/server/revisions.ts';
import { requireUser } from '#lib/server/session.ts';
import { authoritiesOf } from '#lib/server/users.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const pb = event.locals.pb;
	if (user.role === 'editor') {
		const [pending, unpublished] = await Promise.all([listProposals(pb, { status: 'pending' }), listUnpublished(pb)]);
		return { role: user.role, pending: pending.length, unpublished, authorities: [], mine: [] };
	}
	const [authorities, mine] = await Promise.all([authoritiesOf(pb, user.id), listProposals(pb, { proposedBy: user.id })]);
	return { role: user.role, pending: 0, unpublished: [], authorities, mine: mine.slice(0, 5) };
};
