// The one way tests make user accounts: straight in PocketBase with a superuser client, all with the same
// known password, so integration tests and browser journeys sign in the same way.
import type PocketBase from 'pocketbase';
import type { UserRecord } from '#lib/server/users.ts';

export const password = 'correct-horse-battery';

export interface NewUser {
	email: string;
	role: 'contributor' | 'editor';
	name?: string;
	/** Record ids of the authorities a contributor speaks for. */
	authorities?: string[];
}

/** Creates the account; returned as the superuser sees it, e-mail included. */
export async function createUser(admin: PocketBase, fields: NewUser) {
	return admin
		.collection('users')
		.create<UserRecord & { email: string }>({ password, passwordConfirm: password, emailVisibility: false, authorities: [], ...fields });
}
