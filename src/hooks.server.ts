// Every request passes through here: the page cache in front, then the per-request PocketBase client
// from the auth cookie (the JS SDK's SvelteKit recipe), and the mapping of database failures to proper
// statuses (503 while PocketBase is down, never a stack trace).
import type { Handle, HandleServerError } from '@sveltejs/kit/hooks';
import { PB_SUPERUSER_EMAIL, PB_SUPERUSER_PASSWORD, PB_URL } from '$app/env/private';
import { maxImportBytes } from '#lib/domain/importFileSize.ts';
import { createChangeReader } from '#lib/server/changeReader.ts';
import { createPageCache } from '#lib/server/pageCache.ts';
import { guardFormData } from '#lib/server/guardFormData.ts';
import { exportAuthCookie, requestClient, trackWrites } from '#lib/server/pocketbase.ts';
import { pocketbaseFailure } from '#lib/server/pocketbaseError.ts';
import { addSecurityHeaders } from '#lib/server/securityHeaders.ts';
import { currentUser } from '#lib/server/session.ts';

// The server's one piece of mutable state shared between requests (with the change reader and its
// superuser session it owns), created here in the composition root so there is exactly one per process,
// living as long as the server, and nothing deeper in the code can grow caches of its own. Everything
// else is per request (the PocketBase client, the user) or immutable (the parsed register file), which is
// what keeps one visitor's data out of another's page; the cache keeps that property by holding only pages
// rendered for anonymous visitors. What is cached and how fresh it stays: src/lib/server/pageCache.ts and
// README.md, "Caching".
const pageCache = createPageCache({
	// Every public address, each query apart: anonymous visitors all get the same answer for one.
	keyOf: (url) => (privatePaths.test(url.pathname) ? null : url.pathname + url.search),
	// What a page asks for when told of a change (live updates) and on navigation in the browser: held to the
	// freshness bound even under overload, so a live update never shows the data from before its change.
	heldToBound: (url) => url.pathname.endsWith('/__data.json'),
	readChanges: createChangeReader(
		PB_URL ?? '',
		PB_SUPERUSER_EMAIL && PB_SUPERUSER_PASSWORD ? { email: PB_SUPERUSER_EMAIL, password: PB_SUPERUSER_PASSWORD } : null
	)
});

/** Addresses whose answers are per visitor or must be live: editing, signing in and out, the health probe. */
const privatePaths = /^\/(?:edit|signin|signout|health|fixtures)(?:\/|$)/;

/** The visitor's address; none for a local request that skipped the reverse proxy (a health check). */
function clientAddress(event: Parameters<Handle>[0]['event']): string {
	try {
		return event.getClientAddress();
	} catch {
		return '';
	}
}

async function withSession({ event, resolve }: Parameters<Handle>[0]): Promise<Response> {
	guardFormData(event.request);
	const pb = requestClient(event.request.headers.get('cookie') ?? '', clientAddress(event));
	event.locals.pb = pb;
	trackWrites(pb, () => (event.locals.wrote = true));
	if (pb.authStore.isValid && pb.authStore.record?.collectionName === 'users') {
		try {
			await pb.collection('users').authRefresh();
		} catch (caught) {
			// PocketBase down: the session may well be valid, so it is kept and pages that need it answer 503
			// (session.ts) rather than sending the user to sign in and losing what they typed.
			if (pocketbaseFailure(caught)?.status === 503) event.locals.sessionUnchecked = true;
			// Expired or revoked session: carry on signed out rather than failing the page.
			else pb.authStore.clear();
		}
	}
	event.locals.user = event.locals.sessionUnchecked ? null : currentUser(pb);
	event.locals.memo = pageCache.memoFor(event.request);
	const response = await resolve(event);
	if (event.request.headers.get('cookie')?.includes('pb_auth=') || pb.authStore.token) {
		response.headers.append('set-cookie', exportAuthCookie(pb));
	}
	return response;
}

// Keyed by the address as requested: event.url drops a data request's /__data.json suffix and its
// invalidation parameter, which would give a page's HTML and its data the same key.
export const handle: Handle = async (input) =>
	addSecurityHeaders(
		await pageCache.respond(input.event.request, new URL(input.event.request.url), async () => ({
			response: await withSession(input),
			shows: input.event.locals.shows,
			wrote: input.event.locals.wrote
		})),
		input.event.url.pathname
	);

export const handleError: HandleServerError = (caught) => {
	// The server refuses a request body over its limit before any form sees it (only a CSV import gets near).
	if (caught.kind === 'framework' && caught.error.status === 413) {
		return {
			message: `What you sent is larger than this site accepts. If it was a CSV file to import, split it into files under ${maxImportBytes / 1000} kB.`
		};
	}
	if (caught.kind !== 'unknown') return;
	const failure = pocketbaseFailure(caught.error);
	if (failure) return failure;
	console.error(caught.error);
	return { message: 'Something went wrong on our side. Please try again; if it persists, tell the LGA data team.' };
};
