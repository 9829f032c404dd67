// A new initiative: editors create it (draft or published); contributors propose it for review.
import { fail, redirect } from '@sveltejs/kit';
import { emptyFormValues } from '#lib/domain/initiativeForm.ts';
import { labelRequests } from '#lib/server/audit.ts';
import { createInitiative, slugTaken } from '#lib/server/editInitiatives.ts';
import { propose } from '#lib/server/revisions.ts';
import { requireUser } from '#lib/server/session.ts';
import { checkForm, editorLifecycles, formChoices } from '../_formContext.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return {
		...(await formChoices(event.locals.pb)),
		values: { ...emptyFormValues(), lifecycle: 'draft' },
		lifecycles: user.role === 'editor' ? editorLifecycles : []
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const pb = labelRequests(event.locals.pb, 'app');
		const { values, draft, errors, authorityIds } = await checkForm(pb, user, await event.request.formData());
		if (!draft) return fail(400, { values, errors });
		if (await slugTaken(pb, draft.slug)) {
			return fail(400, { values, errors: { id: [`an initiative already has the id “${draft.slug}”; choose another`] } });
		}
		if (user.role === 'editor') {
			await createInitiative(pb, draft, { userId: user.id, lifecycle: values.lifecycle === 'published' ? 'published' : 'draft' });
			redirect(303, `/edit/initiatives/${draft.slug}?saved=1`);
		}
		await propose(pb, { userId: user.id, draft, authorityIds });
		redirect(303, '/edit/mine?proposed=1');
	}
};
