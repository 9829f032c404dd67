// Sign-out is a POST only (a link or an image cannot sign anyone out). PocketBase ends the session (the
// token stops working everywhere), and the cleared auth store makes hooks.server.ts expire the cookie.
import { redirect } from '@sveltejs/kit';
import { signOut } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals }) => {
		await signOut(locals.pb);
		redirect(303, '/');
	}
};
