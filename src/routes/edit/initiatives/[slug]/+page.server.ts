// Edit an initiative: editors save, publish, unpublish or delete it; a contributor proposes a change to a
// published initiative one of their councils takes part in (the record stays as it is until approved).
import { error, fail, redirect } from '@sveltejs/kit';
import { initiativeFormValues } from '#lib/domain/initiativeForm.ts';
import { proposalRows } from '#lib/domain/proposalRows.ts';
import type { User } from '#lib/domain/user.ts';
import { labelRequests } from '#lib/server/audit.ts';
import { deleteInitiative, editableInitiative, setLifecycle, updateInitiative } from '#lib/server/editInitiatives.ts';
import { propose } from '#lib/server/revisions.ts';
import { requireEditor, requireUser } from '#lib/server/session.ts';
import { checkForm, editorLifecycles, formChoices } from '../_formContext.server.ts';
import type { Actions, PageServerLoad } from './$types';
import type PocketBase from 'pocketbase';

async function editable(pb: PocketBase, user: User, slug: string) {
	const current = await editableInitiative(pb, slug);
	if (!current) error(404, { status: 404, message: `No initiative you can edit is called “${slug}”.` });
	if (user.role === 'contributor' && !current.authorityIds.some((id) => user.authorityIds.includes(id))) {
		error(403, { status: 403, message: 'You can propose changes only to initiatives one of your councils takes part in.' });
	}
	return current;
}

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const current = await editable(event.locals.pb, user, event.params.slug);
	return {
		...(await formChoices(event.locals.pb)),
		initiative: { slug: current.initiative.slug, name: current.initiative.name, lifecycle: current.initiative.lifecycle },
		values: initiativeFormValues(current.initiative),
		lifecycles: user.role === 'editor' ? editorLifecycles : [],
		saved: event.url.searchParams.has('saved')
	};
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireUser(event);
		const pb = labelRequests(event.locals.pb, 'app');
		const current = await editable(pb, user, event.params.slug);
		const form = await event.request.formData();
		form.set('id', current.initiative.slug);
		const { values, draft, errors, authorityIds } = await checkForm(pb, user, form);
		if (!draft) return fail(400, { values, errors });
		if (user.role === 'editor') {
			await updateInitiative(pb, current, draft, { userId: user.id, lifecycle: values.lifecycle === 'published' ? 'published' : 'draft' });
			redirect(303, `/edit/initiatives/${current.initiative.slug}?saved=1`);
		}
		// A proposal that changes nothing would only fill the review queue; it is most often a form sent before the page finished loading.
		if (proposalRows(current.initiative, draft).length === 0) {
			return fail(400, { values, errors: { form: ['This proposal changes nothing yet: change at least one field before sending it for review.'] } });
		}
		await propose(pb, { userId: user.id, draft: { ...draft, slug: current.initiative.slug }, initiativeId: current.id, authorityIds });
		redirect(303, '/edit/mine?proposed=1');
	},
	publish: async (event) => {
		const user = requireEditor(event);
		const pb = labelRequests(event.locals.pb, 'app');
		await setLifecycle(pb, (await editable(pb, user, event.params.slug)).id, 'published', user.id);
		redirect(303, `/edit/initiatives/${event.params.slug}?saved=1`);
	},
	unpublish: async (event) => {
		const user = requireEditor(event);
		const pb = labelRequests(event.locals.pb, 'app');
		await setLifecycle(pb, (await editable(pb, user, event.params.slug)).id, 'draft', user.id);
		redirect(303, `/edit/initiatives/${event.params.slug}?saved=1`);
	},
	delete: async (event) => {
		const user = requireEditor(event);
		const pb = labelRequests(event.locals.pb, 'app');
		const form = await event.request.formData();
		if (form.get('confirm') !== 'yes') return fail(400, { deleteError: 'Tick the box to confirm the deletion.' });
		await deleteInitiative(pb, (await editable(pb, user, event.params.slug)).id);
		redirect(303, '/edit');
	}
};
