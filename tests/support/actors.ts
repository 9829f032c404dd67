// The editing issue's actors on a seeded PocketBase: two contributors tied to different authorities, an
// editor, and the public, each with its own signed-in JS SDK client (direct REST calls, as an attacker
// bypassing the app would make them).
import PocketBase from 'pocketbase';
import type { SeededPocketBase } from './seededPocketBase.ts';
import { createUser, password } from './users.ts';
import type { AuthorityRecord } from '#lib/server/authorities.ts';
import type { ParticipationRecord } from '#lib/server/initiatives.ts';

export interface Authority {
	id: string;
	code: string;
	name: string;
}

export interface Actors {
	anonymous: PocketBase;
	contributorA: PocketBase;
	contributorB: PocketBase;
	editor: PocketBase;
	/** Users record ids. */
	ids: { contributorA: string; contributorB: string; editor: string };
	/** Contributor A's authority, which takes part in `initiative`; contributor B's, which does not. */
	authorityA: Authority;
	authorityB: Authority;
	/** A published initiative of authority A. */
	initiative: { id: string; slug: string };
}

export type ActorName = 'anonymous' | 'contributorA' | 'contributorB' | 'editor';
export const actorNames: ActorName[] = ['anonymous', 'contributorA', 'contributorB', 'editor'];

export function client(url: string): PocketBase {
	const pb = new PocketBase(url);
	pb.autoCancellation(false);
	return pb;
}

export async function signIn(url: string, email: string): Promise<PocketBase> {
	const pb = client(url);
	await pb.collection('users').authWithPassword(email, password);
	return pb;
}

export async function createActors(pb: SeededPocketBase, tag = 'rules'): Promise<Actors> {
	const participation = await pb.admin
		.collection('participations')
		.getFirstListItem<ParticipationRecord>('initiative.lifecycle = "published"', { expand: 'initiative,authority', sort: 'id' });
	const initiative = participation.expand!.initiative!;
	const a = participation.expand!.authority!;
	const involved = await pb.admin.collection('participations').getFullList<Pick<ParticipationRecord, 'authority'>>({
		filter: pb.admin.filter('initiative = {:id}', { id: initiative.id }),
		fields: 'authority'
	});
	const others = await pb.admin
		.collection('authorities')
		.getList<Pick<AuthorityRecord, 'id' | 'code' | 'name'>>(1, involved.length + 1, { sort: 'code', fields: 'id,code,name' });
	const b = others.items.find((authority) => !involved.some((p) => p.authority === authority.id))!;
	const [contributorA, contributorB, editor] = await Promise.all([
		createUser(pb.admin, { email: `contributor-a-${tag}@test.invalid`, name: 'Contributor A', role: 'contributor', authorities: [a.id] }),
		createUser(pb.admin, { email: `contributor-b-${tag}@test.invalid`, name: 'Contributor B', role: 'contributor', authorities: [b.id] }),
		createUser(pb.admin, { email: `editor-${tag}@test.invalid`, name: 'Editor', role: 'editor' })
	]);
	const [clientA, clientB, clientEditor] = await Promise.all([contributorA, contributorB, editor].map((user) => signIn(pb.url, user.email)));
	return {
		anonymous: pb.anonymous(),
		contributorA: clientA,
		contributorB: clientB,
		editor: clientEditor,
		ids: { contributorA: contributorA.id, contributorB: contributorB.id, editor: editor.id },
		authorityA: { id: a.id, code: a.code, name: a.name },
		authorityB: { id: b.id, code: b.code, name: b.name },
		initiative: { id: initiative.id, slug: initiative.slug }
	};
}

/** A proposal's data as the app stores it (an InitiativeDraft), naming these councils. */
export function proposalDraft(slug: string, councils: { code: string; name: string }[], overrides: Record<string, unknown> = {}) {
	return {
		slug,
		name: `Proposed ${slug}`,
		programme: 'productivity_experts',
		category: 'legal',
		status: 'operational',
		statusAsOf: '',
		lgaMapListed: false,
		startYear: 2013,
		endYear: null,
		description: 'A proposed initiative.',
		savings: [],
		sources: [{ url: 'https://example.org/proposal', title: 'Proposal', date: '' }],
		participations: councils.map((council, i) => ({ code: council.code, name: council.name, role: i === 0 ? 'lead' : 'partner', abolished: null })),
		...overrides
	};
}
