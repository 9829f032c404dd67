// An initiative's audit history (every create, update, delete and state change of it, its councils and
// the proposals about it), for editors only.
import { error } from '@sveltejs/kit';
import { initiativeHistory } from '#lib/server/audit.ts';
import { editableInitiative } from '#lib/server/editInitiatives.ts';
import { requireEditor } from '#lib/server/session.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireEditor(event);
	const current = await editableInitiative(event.locals.pb, event.params.slug);
	if (!current) error(404, { status: 404, message: `No initiative is called “${event.params.slug}”.` });
	return {
		initiative: { slug: current.initiative.slug, name: current.initiative.name },
		changes: await initiativeHistory(event.locals.pb, current.id)
	};
};
