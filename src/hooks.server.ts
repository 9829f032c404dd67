// Per-request PocketBase client from the auth cookie (the JS SDK's SvelteKit recipe), and the
// mapping of database failures to proper statuses (503 while PocketBase is down, never a stack trace).
import type { Handle, HandleServerError } from '@sveltejs/kit/hooks';
import { exportAuthCookie, requestClient } from '#lib/server/pocketbase.ts';
import { pocketbaseFailure } from '#lib/server/pocketbaseError.ts';
import { currentUser } from '#lib/server/session.ts';

export const handle: Handle = async ({ event, resolve }) => {
	const pb = requestClient(event.request.headers.get('cookie') ?? '');
	event.locals.pb = pb;
	if (pb.authStore.isValid && pb.authStore.record?.collectionName === 'users') {
		try {
			await pb.collection('users').authRefresh();
		} catch {
			// Expired or revoked session: carry on signed out rather than failing the page.
			pb.authStore.clear();
		}
	}
	event.locals.user = currentUser(pb);
	const response = await resolve(event);
	if (event.request.headers.get('cookie')?.includes('pb_auth=') || pb.authStore.token) {
		response.headers.append('set-cookie', exportAuthCookie(pb));
	}
	return response;
};

export const handleError: HandleServerError = (caught) => {
	if (caught.kind !== 'unknown') return;
	const failure = pocketbaseFailure(caught.error);
	if (failure) return failure;
	console.error(caught.error);
	return { message: 'Something went wrong on our side. Please try again; if it persists, tell the LGA data team.' };
};
