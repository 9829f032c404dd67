// The published list every public render of a data version shares is read whole once, then patched with
// the initiatives each change names (src/lib/server/initiatives.ts, patchPublished). After each kind of
// change the feed reports, the patched list must be the list read whole.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listPublishedRecords, patchPublished, type StoredInitiative } from '#lib/server/initiatives.ts';
import { startSeededPocketBase, type SeededPocketBase } from '../support/seededPocketBase.ts';

let pb: SeededPocketBase;
let list: StoredInitiative[];
/** Record ids by slug, as first read (an unpublished initiative leaves the list, not the database). */
let ids: Map<string, string>;

beforeAll(async () => {
	pb = await startSeededPocketBase();
	list = await listPublishedRecords(pb.anonymous());
	ids = new Map(list.map((item) => [item.initiative.slug, item.id]));
}, 120_000);
afterAll(() => pb?.stop());

const idOf = (slug: string) => ids.get(slug)!;

/** Applies `change` through PocketBase, patches the last list with `ids`, and compares it with a whole read. */
async function patchedAfter(ids: () => string[], change: () => Promise<unknown>) {
	await change();
	const patched = await patchPublished(pb.anonymous(), list, ids());
	const whole = await listPublishedRecords(pb.anonymous());
	expect(patched).toEqual(whole);
	list = patched;
}

it.each([
	['an initiative unpublished', ['tri-borough'], (ids: string[]) => pb.admin.collection('initiatives').update(ids[0], { lifecycle: 'draft' })],
	['the same published again', ['tri-borough'], (ids: string[]) => pb.admin.collection('initiatives').update(ids[0], { lifecycle: 'published' })],
	['an initiative renamed', ['tri-borough'], (ids: string[]) => pb.admin.collection('initiatives').update(ids[0], { name: 'Tri-borough (renamed)' })]
])('gives the whole list after %s', async (_, slugs, apply) => {
	const ids = slugs.map(idOf);
	await patchedAfter(
		() => ids,
		() => apply(ids)
	);
});

it('gives the whole list after a council leaves an initiative, and after it joins again', async () => {
	const item = list.find((candidate) => candidate.participationIds.size > 2)!;
	const [code, participation] = [...item.participationIds][0];
	const record = await pb.admin.collection('participations').getOne<{ authority: string; role: string }>(participation);
	await patchedAfter(
		() => [item.id],
		() => pb.admin.collection('participations').delete(participation)
	);
	expect(list.find((candidate) => candidate.id === item.id)!.initiative.participations.map((p) => p.code)).not.toContain(code);
	await patchedAfter(
		() => [item.id],
		() => pb.admin.collection('participations').create({ initiative: item.id, authority: record.authority, role: record.role })
	);
	expect(list.find((candidate) => candidate.id === item.id)!.initiative.participations.map((p) => p.code)).toContain(code);
});

it('keeps the rest of the list as it was: an initiative not named is not read again', async () => {
	const other = list.find((item) => item.initiative.slug !== 'tri-borough')!;
	await pb.admin.collection('initiatives').update(other.id, { name: `${other.initiative.name} (edited)` });
	const patched = await patchPublished(pb.anonymous(), list, [idOf('tri-borough')]);
	expect(patched.find((item) => item.id === other.id)!.initiative.name).toBe(other.initiative.name);
	expect(patched.map((item) => item.id)).toEqual(list.map((item) => item.id));
});
