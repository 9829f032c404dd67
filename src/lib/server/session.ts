// Signing in and out through the SvelteKit server (the auth token lives in the HttpOnly cookie that
// hooks.server.ts writes), the signed-in user as a domain User, and the guards every edit page and
// action calls (a layout load does not run before a form action, so each action guards itself).
import { error, redirect, type Cookies } from '@sveltejs/kit';
import type PocketBase from 'pocketbase';
import { ClientResponseError } from 'pocketbase';
import { roles, type User, type UserRole } from '#lib/domain/user.ts';
import { authCookie } from './pocketbase.ts';
import { outageMessage, pocketbaseFailure } from './pocketbaseError.ts';
import type { UserRecord } from './users.ts';

export function toUser(record: UserRecord): User | null {
	if (!(roles as readonly string[]).includes(record.role)) return null;
	return {
		id: record.id,
		name: record.name || (record.email ?? ''),
		email: record.email ?? '',
		role: record.role as UserRole,
		authorityIds: record.authorities ?? []
	};
}

/** The user the request's client is signed in as (after hooks.server.ts refreshed it), or null. */
export function currentUser(pb: PocketBase): User | null {
	const record = pb.authStore.isValid ? pb.authStore.record : null;
	if (!record || record.collectionName !== 'users') return null;
	// The auth store holds whatever record signed in, untyped; the collection check above makes it a users record.
	return toUser(record as unknown as UserRecord);
}

export type SignInResult = { ok: true; user: User } | { ok: false; status: number; message: string };

export async function signIn(pb: PocketBase, email: string, password: string): Promise<SignInResult> {
	if (email.trim() === '' || password === '') return { ok: false, status: 400, message: 'Enter your e-mail address and your password.' };
	try {
		const { record } = await pb.collection('users').authWithPassword<UserRecord>(email.trim(), password);
		const user = toUser(record);
		if (user) return { ok: true, user };
		pb.authStore.clear();
		return { ok: false, status: 403, message: 'This account has no editing role. Ask the LGA data team to give it one.' };
	} catch (caught) {
		if (caught instanceof ClientResponseError) {
			if (caught.status === 400) return { ok: false, status: 400, message: 'The e-mail address or the password is wrong. Check both and try again.' };
			if (caught.status === 403)
				return { ok: false, status: 403, message: 'This account has been deactivated. Ask the LGA data team if you need it again.' };
			if (caught.status === 429) {
				const message: unknown = caught.response?.message;
				const account = typeof message === 'string' && /account/.test(message);
				return { ok: false, status: 429, message: account ? message : 'Too many sign-in attempts. Wait a minute and try again.' };
			}
		}
		const failure = pocketbaseFailure(caught);
		if (failure) return { ok: false, ...failure };
		throw caught;
	}
}

/** Ends the session on the server too (PocketBase renews the account's token key), then forgets it here. */
export async function signOut(pb: PocketBase): Promise<void> {
	try {
		if (pb.authStore.isValid) await pb.send('/api/signout', { method: 'POST', requestKey: null });
	} finally {
		pb.authStore.clear();
	}
}

interface GuardEvent {
	locals: App.Locals;
	url: URL;
	cookies: Cookies;
}

/** The signed-in user, or a redirect to the sign-in page that comes back here afterwards. */
export function requireUser({ locals, url, cookies }: GuardEvent): User {
	if (locals.user) return locals.user;
	// The session could not be checked because PocketBase is down: a 503 (the form keeps its input), not
	// a trip to the sign-in page as if the session had ended.
	if (locals.sessionUnchecked) error(503, { status: 503, message: outageMessage });
	const back = encodeURIComponent(`${url.pathname}${url.search}`);
	// A cookie without a valid session means the session ended (expired or revoked), not "never signed in".
	redirect(303, `/signin?redirect=${back}${cookies.get(authCookie) ? '&expired=1' : ''}`);
}

export function requireEditor(event: GuardEvent): User {
	const user = requireUser(event);
	if (user.role !== 'editor') error(403, { status: 403, message: 'Only LGA editors can do this. Sign in with an editor account.' });
	return user;
}
