// The audit trail against a real PocketBase: every create, update, delete and state change of an
// initiative, participation, proposal or link between initiatives leaves a change record naming who, how and what, whether it
// came through PocketBase's API, the app's server modules, an import or a superuser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelRequests, type ChangeRecord } from '#lib/server/audit.ts';
import { editableInitiative, updateInitiative } from '#lib/server/editInitiatives.ts';
import type { InitiativeRecord } from '#lib/server/initiatives.ts';
import { importInitiatives } from '#lib/server/importInitiatives.ts';
import { approve, getProposal, propose } from '#lib/server/revisions.ts';
import { file, tauntonMendip } from '../support/imports.ts';
import { createActors, signIn, type Actors } from '../support/actors.ts';
import { startSeededPocketBase, type SeededPocketBase } from '../support/seededPocketBase.ts';

let pb: SeededPocketBase;
let actors: Actors;

beforeAll(async () => {
	pb = await startSeededPocketBase();
	actors = await createActors(pb, 'audit');
});
afterAll(() => pb?.stop());

/** The change records about one record, oldest first. */
async function changesOf(record: string): Promise<ChangeRecord[]> {
	return pb.admin.collection('changes').getFullList<ChangeRecord>({ filter: pb.admin.filter('record = {:record}', { record }), sort: 'at,id' });
}

const fresh = async (email: string) => signIn(pb.url, email);

describe('the audit trail', () => {
	it('records the seed as an import written by the superuser', async () => {
		const [created] = await changesOf(actors.initiative.id);
		expect(created).toMatchObject({
			collection: 'initiatives',
			action: 'create',
			actor: 'superuser',
			via: 'import',
			initiative: actors.initiative.id
		});
		expect(created.diff?.slug).toEqual({ before: null, after: actors.initiative.slug });
	});

	it('records a direct API update with its editor and each changed field before → after', async () => {
		const before = await pb.admin.collection('initiatives').getOne<InitiativeRecord>(actors.initiative.id);
		await actors.editor.collection('initiatives').update(actors.initiative.id, { name: 'Renamed through the API', updated_by: actors.ids.editor });
		const change = (await changesOf(actors.initiative.id)).at(-1)!;
		expect(change).toMatchObject({ action: 'update', actor: actors.ids.editor, actor_name: 'Editor', actor_role: 'editor', via: 'api' });
		expect(change.diff).toEqual({
			name: { before: before.name, after: 'Renamed through the API' },
			updated_by: { before: '', after: actors.ids.editor }
		});
	});

	it('records a lifecycle change as a state change', async () => {
		await actors.editor.collection('initiatives').update(actors.initiative.id, { lifecycle: 'draft' });
		await actors.editor.collection('initiatives').update(actors.initiative.id, { lifecycle: 'published' });
		const [unpublished, published] = (await changesOf(actors.initiative.id)).slice(-2);
		expect(unpublished).toMatchObject({ action: 'state', diff: { lifecycle: { before: 'published', after: 'draft' } } });
		expect(published).toMatchObject({ action: 'state', diff: { lifecycle: { before: 'draft', after: 'published' } } });
	});

	it('records superuser changes as "superuser"', async () => {
		await pb.admin.collection('initiatives').update(actors.initiative.id, { description: 'Changed in the dashboard' });
		expect((await changesOf(actors.initiative.id)).at(-1)).toMatchObject({ action: 'update', actor: 'superuser', actor_name: 'superuser' });
	});

	it("labels the app's own writes, participations included", async () => {
		const editor = labelRequests(await fresh('editor-audit@test.invalid'), 'app');
		const current = (await editableInitiative(editor, actors.initiative.slug))!;
		const partner = actors.authorityB;
		const draft = {
			...current.initiative,
			participations: [...current.initiative.participations, { code: partner.code, name: partner.name, role: 'partner' as const, abolished: null }]
		};
		await updateInitiative(editor, current, draft, { userId: actors.ids.editor });
		const added = await pb.admin
			.collection('participations')
			.getFirstListItem(pb.admin.filter('initiative = {:i} && authority = {:a}', { i: current.id, a: partner.id }));
		expect(await changesOf(added.id)).toMatchObject([
			{ collection: 'participations', action: 'create', actor: actors.ids.editor, via: 'app', initiative: current.id }
		]);
	});

	it('records every write of an import, by the editor who uploaded it', async () => {
		const editor = labelRequests(await fresh('editor-audit@test.invalid'), 'import');
		const result = await importInitiatives(editor, file({ ...tauntonMendip, id: 'audit-import' }), { lifecycle: 'draft', userId: actors.ids.editor });
		expect(result.ok).toBe(true);
		const created = await pb.admin.collection('initiatives').getFirstListItem('slug = "audit-import"');
		const trail = await pb.admin
			.collection('changes')
			.getFullList<ChangeRecord>({ filter: pb.admin.filter('initiative = {:id}', { id: created.id }), sort: 'at,id' });
		// One transaction: the records may share a millisecond, so their order is not asserted.
		expect(trail.map((c) => [c.collection, c.action, c.actor, c.via]).sort()).toEqual([
			['initiatives', 'create', actors.ids.editor, 'import'],
			['participations', 'create', actors.ids.editor, 'import'],
			['participations', 'create', actors.ids.editor, 'import']
		]);
	});

	it('records a proposal, its approval as a state change, and the write it causes', async () => {
		const current = (await editableInitiative(pb.anonymous(), actors.initiative.slug))!;
		const contributor = labelRequests(await fresh('contributor-a-audit@test.invalid'), 'app');
		const proposal = await propose(contributor, {
			userId: actors.ids.contributorA,
			draft: { ...current.initiative, description: 'A clearer description.' },
			initiativeId: current.id,
			authorityIds: current.authorityIds
		});
		const editor = labelRequests(await fresh('editor-audit@test.invalid'), 'app');
		expect(await approve(editor, (await getProposal(editor, proposal.id))!, actors.ids.editor, 'Thanks')).toEqual({ ok: true });
		expect((await changesOf(proposal.id)).map((c) => [c.action, c.actor, c.actor_role])).toEqual([
			['create', actors.ids.contributorA, 'contributor'],
			['state', actors.ids.editor, 'editor']
		]);
		expect((await changesOf(current.id)).at(-1)).toMatchObject({
			action: 'update',
			actor: actors.ids.editor,
			diff: { description: { after: 'A clearer description.' } }
		});
	});

	it('records a deleted initiative and each council link deleted with it, by the same editor', async () => {
		const created = await pb.admin.collection('initiatives').getFirstListItem('slug = "audit-import"');
		await actors.editor.collection('initiatives').delete(created.id);
		const trail = await pb.admin
			.collection('changes')
			.getFullList<ChangeRecord>({ filter: pb.admin.filter('initiative = {:id} && action = "delete"', { id: created.id }) });
		expect(trail.map((c) => [c.collection, c.actor]).sort()).toEqual([
			['initiatives', actors.ids.editor],
			['participations', actors.ids.editor],
			['participations', actors.ids.editor]
		]);
		expect(trail.find((c) => c.collection === 'initiatives')!.diff?.slug).toEqual({ before: 'audit-import', after: null });
	});

	it('records a link between initiatives made and removed by an editor, under the initiative it starts from', async () => {
		const [from, to] = (
			await pb.admin
				.collection('initiatives')
				.getList(1, 2, { filter: 'lifecycle = "published" && initiative_relations_via_from_initiative.id = null', sort: 'slug' })
		).items;
		const link = await actors.editor
			.collection('initiative_relations')
			.create({ from_initiative: from.id, relation: 'succeeded_by', to_initiative: to.id });
		await actors.editor.collection('initiative_relations').delete(link.id);
		const trail = await changesOf(link.id);
		expect(trail.map((c) => [c.collection, c.action, c.actor, c.initiative])).toEqual([
			['initiative_relations', 'create', actors.ids.editor, from.id],
			['initiative_relations', 'delete', actors.ids.editor, from.id]
		]);
		expect(trail[1].diff?.to_initiative).toEqual({ before: to.id, after: null });
	});

	it('writes nothing when the change itself fails', async () => {
		const count = (await changesOf(actors.initiative.id)).length;
		await expect(actors.editor.collection('initiatives').update(actors.initiative.id, { status: 'not-a-status' })).rejects.toThrow();
		await expect(
			actors.editor.collection('initiatives').update(actors.initiative.id, { sources: [{ url: 'javascript:alert(1)', title: 'x', date: '' }] })
		).rejects.toThrow();
		expect((await changesOf(actors.initiative.id)).length).toBe(count);
	});
});
