// An editor signed in to the app, and the form posts that publish and unpublish an initiative through it
// (the app's own write path: its form actions, the audit hooks, the change feed).
import { createUser, password } from '../support/users.ts';
import type { SeededPocketBase } from '../support/seededPocketBase.ts';

export interface AppWriter {
	cookie: string;
	headers: Record<string, string>;
	/** The path of the form action that unpublishes (or publishes) an initiative. */
	path(slug: string, action: 'publish' | 'unpublish'): string;
	post(slug: string, action: 'publish' | 'unpublish'): Promise<number>;
}

export async function appWriter(pb: SeededPocketBase, appUrl: string, tag: string): Promise<AppWriter> {
	const email = `bench-editor-${tag}@test.invalid`;
	await createUser(pb.admin, { email, role: 'editor', name: 'Bench editor' });
	const signIn = await fetch(`${appUrl}/signin`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: appUrl, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password, redirect: '/edit' })
	});
	const cookie = signIn.headers
		.getSetCookie()
		.find((c) => c.startsWith('pb_auth='))
		?.split(';')[0];
	if (!cookie) throw new Error(`The bench editor could not sign in to the app (${signIn.status}).`);
	const headers = { origin: appUrl, accept: 'text/html', cookie, 'content-type': 'application/x-www-form-urlencoded' };
	const path = (slug: string, action: 'publish' | 'unpublish') => `/edit/initiatives/${slug}?/${action}`;
	return {
		cookie,
		headers,
		path,
		async post(slug, action) {
			const response = await fetch(appUrl + path(slug, action), { method: 'POST', redirect: 'manual', headers, body: '' });
			await response.arrayBuffer();
			return response.status;
		}
	};
}
