// A PocketBase client signed in as a superuser, for Node tools (npm run seed / import, tests) that
// cannot read SvelteKit's $app/env; the app itself uses adminClient() from ./pocketbase.ts.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import PocketBase, { ClientResponseError } from 'pocketbase';

export interface SuperuserLogin {
	url: string;
	email: string;
	password: string;
}

/** The login that `npm run dev` saved (.data/superuser.json), checked: a hand-edited file says what is wrong. */
export function readSavedSuperuser(file: string): { email: string; password: string } {
	const saved: unknown = JSON.parse(readFileSync(file, 'utf8'));
	const { email, password } = (typeof saved === 'object' && saved !== null ? saved : {}) as Record<string, unknown>;
	if (typeof email !== 'string' || typeof password !== 'string')
		throw new Error(`${file} should hold {"email", "password"}: delete it and start again to generate a new superuser.`);
	return { email, password };
}

/** PB_URL and PB_SUPERUSER_EMAIL/PASSWORD, falling back to what `npm run dev` saved in .data/superuser.json. */
export function superuserLoginFromEnv(env: NodeJS.ProcessEnv = process.env): SuperuserLogin {
	const url = env.PB_URL || `http://127.0.0.1:${env.PB_PORT || 8090}`;
	if (env.PB_SUPERUSER_EMAIL && env.PB_SUPERUSER_PASSWORD) return { url, email: env.PB_SUPERUSER_EMAIL, password: env.PB_SUPERUSER_PASSWORD };
	const saved = resolve(import.meta.dirname, '../../.data/superuser.json');
	if (existsSync(saved)) return { url, ...readSavedSuperuser(saved) };
	throw new Error('Set PB_SUPERUSER_EMAIL and PB_SUPERUSER_PASSWORD (and PB_URL when PocketBase is not on 127.0.0.1:8090).');
}

export async function superuserClient(login: SuperuserLogin): Promise<PocketBase> {
	const pb = new PocketBase(login.url);
	pb.autoCancellation(false);
	try {
		await pb.collection('_superusers').authWithPassword(login.email, login.password);
	} catch (error) {
		if (error instanceof ClientResponseError && error.status === 0)
			throw new Error(`PocketBase is not answering at ${login.url}: start it with npm run dev, or set PB_URL.`, { cause: error });
		if (error instanceof ClientResponseError && error.status === 400)
			throw new Error(`PocketBase at ${login.url} refused the superuser ${login.email}: check PB_SUPERUSER_EMAIL and PB_SUPERUSER_PASSWORD.`, {
				cause: error
			});
		throw error;
	}
	return pb;
}
