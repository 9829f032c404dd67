// The users collection as editors manage it: contributor accounts with their authorities. Runs on the
// editor's own client, so PocketBase's rules (not this module) decide what an editor may do.
import type PocketBase from 'pocketbase';
import type { Contributor } from '#lib/domain/user.ts';
import type { AuthorityRecord } from './authorities.ts';

/** A users record, with its authorities when expanded. */
export interface UserRecord {
	id: string;
	name: string;
	/** Hidden from other users (emailVisibility is off). */
	email?: string;
	role: string;
	authorities?: string[];
	deactivated: boolean;
	expand?: { authorities?: Pick<AuthorityRecord, 'id' | 'code' | 'name'>[] };
}

function toContributor(record: UserRecord): Contributor {
	const authorities = record.expand?.authorities ?? [];
	return {
		id: record.id,
		name: record.name,
		authorities: authorities.map((authority) => ({ code: authority.code, name: authority.name })).sort((a, b) => a.name.localeCompare(b.name)),
		deactivated: Boolean(record.deactivated)
	};
}

export async function listContributors(pb: PocketBase): Promise<Contributor[]> {
	const records = await pb
		.collection('users')
		.getFullList<UserRecord>({ filter: 'role = "contributor"', expand: 'authorities', sort: 'name', requestKey: null });
	return records.map(toContributor);
}

/** The authorities (code and name) a user proposes for. */
export async function authoritiesOf(pb: PocketBase, userId: string): Promise<{ id: string; code: string; name: string }[]> {
	const record = await pb.collection('users').getOne<UserRecord>(userId, { expand: 'authorities', requestKey: null });
	return (record.expand?.authorities ?? []).map((authority) => ({ id: authority.id, code: authority.code, name: authority.name }));
}

export interface NewContributor {
	email: string;
	name: string;
	password: string;
	authorityIds: string[];
}

export async function createContributor(pb: PocketBase, input: NewContributor): Promise<Contributor> {
	const record = await pb.collection('users').create<UserRecord>(
		{
			email: input.email,
			name: input.name,
			password: input.password,
			passwordConfirm: input.password,
			role: 'contributor',
			authorities: input.authorityIds,
			emailVisibility: false
		},
		{ expand: 'authorities', requestKey: null }
	);
	return toContributor(record);
}

export async function setDeactivated(pb: PocketBase, id: string, deactivated: boolean): Promise<void> {
	await pb.collection('users').update(id, { deactivated }, { requestKey: null });
}
