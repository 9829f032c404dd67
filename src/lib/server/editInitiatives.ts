// Editors' writes to initiatives (forms and approved proposals), on the caller's own client so the
// collection rules decide; content goes through the import's writer (one batch with the participations).
import type PocketBase from 'pocketbase';
import { abolishedOn } from '#lib/domain/authority.ts';
import type { Initiative, Lifecycle } from '#lib/domain/initiative.ts';
import { compareParticipations, type InitiativeDraft } from '#lib/domain/validateImport.ts';
import { writeInitiatives } from './importInitiatives.ts';
import { registerLookup, toInitiative, type InitiativeRecord, type ParticipationRecord } from './initiatives.ts';

export interface EditableInitiative {
	id: string;
	initiative: Initiative;
	/** Record ids of the authorities taking part. */
	authorityIds: string[];
}

/** An initiative by slug as the caller may see it (editors: any lifecycle; others: published), or null. */
export async function editableInitiative(pb: PocketBase, slug: string): Promise<EditableInitiative | null> {
	const [record] = (
		await pb
			.collection('initiatives')
			.getList<InitiativeRecord>(1, 1, { filter: pb.filter('slug = {:slug}', { slug }), expand: 'programme,category', requestKey: null })
	).items;
	if (!record) return null;
	const [participations, lookup] = await Promise.all([
		pb
			.collection('participations')
			.getFullList<ParticipationRecord>({ filter: pb.filter('initiative = {:id}', { id: record.id }), expand: 'authority', requestKey: null }),
		registerLookup()
	]);
	const members = participations
		.map((p) => ({
			code: p.expand?.authority?.code ?? '',
			name: p.expand?.authority?.name ?? '',
			role: p.role,
			abolished: abolishedOn(p.expand?.authority?.code ?? '', lookup)
		}))
		.sort(compareParticipations);
	const initiative = toInitiative(record, record.expand?.programme?.slug ?? '', record.expand?.category?.slug ?? '', members);
	return { id: record.id, initiative, authorityIds: participations.map((p) => p.authority) };
}

/** Initiatives not (or no longer) public, for the editors' overview. */
export async function listUnpublished(pb: PocketBase): Promise<{ slug: string; name: string; lifecycle: Lifecycle }[]> {
	const records = await pb.collection('initiatives').getFullList<Pick<InitiativeRecord, 'slug' | 'name' | 'lifecycle'>>({
		filter: 'lifecycle != "published"',
		fields: 'slug,name,lifecycle',
		sort: 'name',
		requestKey: null
	});
	return records.map((record) => ({ slug: record.slug, name: record.name, lifecycle: record.lifecycle }));
}

export async function slugTaken(pb: PocketBase, slug: string): Promise<boolean> {
	return (
		(await pb.collection('initiatives').getList(1, 1, { filter: pb.filter('slug = {:slug}', { slug }), fields: 'id', requestKey: null })).totalItems >
		0
	);
}

/** Creates an initiative (the caller checked the slug is free: the writer would otherwise update by slug). */
export async function createInitiative(pb: PocketBase, draft: InitiativeDraft, options: { userId: string; lifecycle: Lifecycle }): Promise<void> {
	await writeInitiatives(pb, [draft], { userId: options.userId, lifecycle: options.lifecycle });
}

/** Saves an edit (the slug identifies the record and never changes), then the lifecycle if it changed. */
export async function updateInitiative(
	pb: PocketBase,
	current: EditableInitiative,
	draft: InitiativeDraft,
	options: { userId: string; lifecycle?: Lifecycle }
): Promise<void> {
	await writeInitiatives(pb, [{ ...draft, slug: current.initiative.slug }], { userId: options.userId });
	if (options.lifecycle && options.lifecycle !== current.initiative.lifecycle) await setLifecycle(pb, current.id, options.lifecycle, options.userId);
}

export async function setLifecycle(pb: PocketBase, id: string, lifecycle: Lifecycle, userId: string): Promise<void> {
	await pb.collection('initiatives').update(id, { lifecycle, updated_by: userId }, { requestKey: null });
}

export async function deleteInitiative(pb: PocketBase, id: string): Promise<void> {
	await pb.collection('initiatives').delete(id, { requestKey: null });
}
