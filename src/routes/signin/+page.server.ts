// Sign-in for contributors and editors: PocketBase checks the password (and its rate limits), the auth
// token goes into the HttpOnly cookie (hooks.server.ts), and only a same-site ?redirect= is followed.
import { fail, redirect } from '@sveltejs/kit';
import { safeRedirect } from '#lib/domain/safeRedirect.ts';
import { signIn } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';
import { formText } from '#lib/domain/formText.ts';

export const load: PageServerLoad = ({ url, locals }) => {
	const target = safeRedirect(url.searchParams.get('redirect'), '/edit');
	if (locals.user) redirect(303, target);
	return { redirect: target, expired: url.searchParams.has('expired') };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const form = await request.formData();
		const email = formText(form, 'email');
		const target = safeRedirect(formText(form, 'redirect'), '/edit');
		const result = await signIn(locals.pb, email, formText(form, 'password'));
		if (!result.ok) return fail(result.status, { email, message: result.message });
		redirect(303, target);
	}
};
