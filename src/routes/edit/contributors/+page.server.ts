// Editors manage contributor accounts: create one for a council officer, deactivate or reactivate it.
import { fail, redirect } from '@sveltejs/kit';
import { ClientResponseError } from 'pocketbase';
import { controlCharacter, controlCharacterReason } from '#lib/domain/controlCharacter.ts';
import { passwordProblem } from '#lib/domain/passwordProblem.ts';
import { authorityIds } from '#lib/server/authorities.ts';
import { authorityResolver } from '#lib/server/authorityResolver.ts';
import { pocketbaseFailure } from '#lib/server/pocketbaseError.ts';
import { requireEditor } from '#lib/server/session.ts';
import { createContributor, listContributors, setDeactivated } from '#lib/server/users.ts';
import type { Actions, PageServerLoad } from './$types';
import { formText } from '#lib/domain/formText.ts';

export const load: PageServerLoad = async (event) => {
	requireEditor(event);
	return { contributors: await listContributors(event.locals.pb), created: event.url.searchParams.has('created') };
};

export const actions: Actions = {
	create: async (event) => {
		requireEditor(event);
		const pb = event.locals.pb;
		const form = await event.request.formData();
		const values = { email: formText(form, 'email').trim(), name: formText(form, 'name').trim(), authorities: formText(form, 'authorities') };
		const errors: Record<string, string> = {};
		if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) errors.email = 'Enter an e-mail address such as name@council.gov.uk.';
		if (values.name === '') errors.name = 'Enter the person’s name.';
		const control = controlCharacter(values.name) ?? controlCharacter(values.email);
		if (control) errors.name = `The name or e-mail address ${controlCharacterReason(control)}.`;
		const password = formText(form, 'password');
		const weak = passwordProblem(password, [values.email, values.name]);
		if (weak) errors.password = `${weak} The contributor signs in with it.`;
		const resolver = await authorityResolver();
		const codes: string[] = [];
		for (const name of values.authorities
			.split(';')
			.map((n) => n.trim())
			.filter(Boolean)) {
			const resolution = resolver.resolve(name, new Date().getFullYear());
			if (resolution.code === null) errors.authorities = `“${name}”: ${resolution.reason}`;
			else codes.push(resolution.code);
		}
		if (codes.length === 0 && !errors.authorities) errors.authorities = 'Name at least one council the contributor proposes for.';
		if (Object.keys(errors).length > 0) return fail(400, { values, errors });
		try {
			await createContributor(pb, { email: values.email, name: values.name, password, authorityIds: await authorityIds(pb, codes) });
		} catch (caught) {
			if (caught instanceof ClientResponseError && caught.status === 400) {
				const data = (caught.response?.data ?? {}) as Record<string, { code?: string; message?: string } | undefined>;
				if (data.email?.code === 'validation_not_unique')
					return fail(400, { values, errors: { email: 'An account with this e-mail address already exists.' } });
				if (data.name?.message) return fail(400, { values, errors: { name: String(data.name.message) } });
				return fail(400, {
					values,
					errors: { form: (caught.response?.message as string | undefined) || 'PocketBase refused this account: check each field.' }
				});
			}
			const failure = pocketbaseFailure(caught);
			if (failure) return fail(failure.status, { values, errors: { form: failure.message } });
			throw caught;
		}
		redirect(303, '/edit/contributors?created=1');
	},
	deactivate: async (event) => toggle(event, true),
	reactivate: async (event) => toggle(event, false)
};

async function toggle(event: Parameters<Actions[string]>[0], deactivated: boolean) {
	requireEditor(event);
	const id = formText(await event.request.formData(), 'id');
	await setDeactivated(event.locals.pb, id, deactivated);
	redirect(303, '/edit/contributors');
}
