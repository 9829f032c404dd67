// PocketBase clients for the server: one per request (anonymous or the signed-in user, from the
// auth cookie) and a superuser client for privileged work. Nothing here reaches the browser bundle.
import PocketBase, { type SendOptions } from 'pocketbase';
import { APP_ENV, PB_SUPERUSER_EMAIL, PB_SUPERUSER_PASSWORD, PB_URL } from '$app/env/private';

export const authCookie = 'pb_auth';

/**
 * The client for one request. `clientAddress` is the visitor's address, passed on in X-Forwarded-For so
 * PocketBase's limits (sign-in above all) apply per visitor, not to the app's one address; PocketBase
 * trusts that header (pb_migrations/1796200000_trust_forwarded_for.js).
 */
export function requestClient(cookieHeader: string, clientAddress: string): PocketBase {
	const pb = new PocketBase(PB_URL);
	// One client per request: no shared auth state between users, and no auto-cancel surprises.
	pb.autoCancellation(false);
	pb.authStore.loadFromCookie(cookieHeader, authCookie);
	if (clientAddress !== '') {
		pb.beforeSend = (url, options) => {
			options.headers = { ...options.headers, 'X-Forwarded-For': clientAddress };
			return { url, options };
		};
	}
	return pb;
}

/**
 * Calls `onWrite` after each request of this client that changed data and succeeded (a record or batch
 * write; signing in or refreshing a session changes none), so only real writes drop cached pages.
 */
export function trackWrites(pb: PocketBase, onWrite: () => void): void {
	const send = pb.send.bind(pb);
	pb.send = async <T>(path: string, options: SendOptions): Promise<T> => {
		const result = await send<T>(path, options);
		const method = (options.method ?? 'GET').toUpperCase();
		if (method !== 'GET' && method !== 'HEAD' && !/\/(auth-|request-|confirm-)/.test(path)) onWrite();
		return result;
	};
}

export function exportAuthCookie(pb: PocketBase): string {
	return pb.authStore.exportToCookie({ httpOnly: true, secure: APP_ENV === 'production', sameSite: 'Lax', path: '/' }, authCookie);
}

/** A fresh superuser client; throws when the server was started without superuser credentials. */
export async function adminClient(): Promise<PocketBase> {
	if (!PB_SUPERUSER_EMAIL || !PB_SUPERUSER_PASSWORD) {
		throw new Error('PB_SUPERUSER_EMAIL and PB_SUPERUSER_PASSWORD are not set: privileged actions are unavailable.');
	}
	const pb = new PocketBase(PB_URL);
	pb.autoCancellation(false);
	await pb.collection('_superusers').authWithPassword(PB_SUPERUSER_EMAIL, PB_SUPERUSER_PASSWORD);
	return pb;
}
