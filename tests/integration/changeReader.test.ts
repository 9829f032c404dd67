// What the page cache learns from PocketBase about each kind of change (src/lib/server/changeReader.ts on
// the data_version row and the change_feed view), against a real, seeded PocketBase.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChangeReader, type ChangeCursor } from '#lib/server/changeReader.ts';
import type { InitiativeRecord, ParticipationRecord } from '#lib/server/initiatives.ts';
import type { ChangesSince } from '#lib/server/pageCache.ts';
import { startSeededPocketBase, type SeededPocketBase } from '../support/seededPocketBase.ts';

let pb: SeededPocketBase;
let read: ReturnType<typeof createChangeReader>;
let cursor: ChangeCursor | null = null;

beforeAll(async () => {
	pb = await startSeededPocketBase();
	read = createChangeReader(pb.url, pb.superuser);
});
afterAll(() => pb?.stop());

/** What changed since the last call. */
async function next(): Promise<ChangesSince<ChangeCursor>['changes']> {
	const found = await read(cursor, AbortSignal.timeout(5000));
	if (!found) throw new Error('PocketBase was busy');
	cursor = found.cursor;
	return found.changes;
}

/** The feed is read with a superuser session signed in in the background: wait until it is used. */
async function untilSignedIn() {
	const triBorough = await pb.admin.collection('initiatives').getFirstListItem('slug = "tri-borough"');
	for (let tries = 0; tries < 50; tries++) {
		await pb.admin.collection('initiatives').update(triBorough.id, { description: `Warm-up ${tries}.` });
		if ((await next()) !== 'everything') return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error('the change reader never read change_feed');
}

describe('the change reader', () => {
	it('starts with "everything", then reports nothing while nothing changes', async () => {
		expect(await next()).toBe('everything');
		expect(await next()).toEqual([]);
	});

	it('reports an edit as its initiative with the councils it names, not moving any list', async () => {
		await untilSignedIn();
		const triBorough = await pb.admin.collection('initiatives').getFirstListItem('slug = "tri-borough"');
		await pb.admin.collection('initiatives').update(triBorough.id, { description: 'Edited for the change reader test.' });
		expect(await next()).toEqual([
			{ initiative: triBorough.id, listing: false, councils: expect.arrayContaining(['E09000033', 'E09000020', 'E09000013']) as string[] }
		]);
	});

	it('reports a relation edited or removed as its initiative, moving the lists of the councils on its chain and no others', async () => {
		const part = await pb.admin.collection('initiatives').getFirstListItem('slug = "hf-rbkc-environment-and-chief-executive"');
		const relation = await pb.admin.collection('initiative_relations').getFirstListItem(pb.admin.filter('from_initiative = {:id}', { id: part.id }));
		await pb.admin.collection('initiative_relations').update(relation.id, { note: 'Edited for the change reader test.' });
		await pb.admin.collection('initiative_relations').delete(relation.id);
		const changes = await next();
		expect(changes).not.toBe('everything');
		expect(changes).toHaveLength(2);
		for (const change of changes as Exclude<typeof changes, 'everything'>) expect(change).toMatchObject({ initiative: part.id, listing: true });
		// The feed is read after both: the removal names both ends' councils (the part names two of the
		// tri-borough's three), and no change names a council off the chain (Taunton Deane).
		const councils = (changes as Exclude<typeof changes, 'everything'>).flatMap((change) => change.councils);
		expect(councils).toEqual(expect.arrayContaining(['E09000033', 'E09000020', 'E09000013']));
		expect(councils).not.toContain('E07000190');
	});

	it('reports a new start year, a removed council and an unpublished initiative as list changes naming the councils', async () => {
		const triBorough = await pb.admin.collection('initiatives').getFirstListItem('slug = "tri-borough"');
		await pb.admin.collection('initiatives').update(triBorough.id, { start_year: 2012 });
		const westminster = await pb.admin
			.collection('participations')
			.getFirstListItem(pb.admin.filter('initiative = {:id} && authority.code = "E09000033"', { id: triBorough.id }));
		await pb.admin.collection('participations').delete(westminster.id);
		await pb.admin.collection('initiatives').update(triBorough.id, { lifecycle: 'draft' });
		const changes = await next();
		expect(changes).toHaveLength(3);
		for (const change of changes as Exclude<typeof changes, 'everything'>) expect(change).toMatchObject({ initiative: triBorough.id, listing: true });
		// The removed council is named though its participation is gone.
		expect((changes as Exclude<typeof changes, 'everything'>)[1].councils).toContain('E09000033');
	});

	it('reports nothing of work on drafts: an unpublished initiative edited, given a council, then deleted, and a new draft', async () => {
		const version = await pb.anonymous().collection('data_version').getOne('current');
		const triBorough = await pb.admin.collection('initiatives').getFirstListItem<InitiativeRecord>('slug = "tri-borough"');
		await pb.admin.collection('initiatives').update(triBorough.id, { description: 'Edited while unpublished.', start_year: 2013 });
		const westminster = await pb.admin.collection('authorities').getFirstListItem('code = "E09000033"');
		await pb.admin.collection('participations').create({ initiative: triBorough.id, authority: westminster.id, role: 'partner' });
		const draft = await pb.admin.collection('initiatives').create({
			slug: 'change-reader-draft',
			name: 'A new draft',
			category: triBorough.category,
			status: 'planned',
			lifecycle: 'draft',
			description: 'x',
			sources: triBorough.sources
		});
		await pb.admin.collection('initiatives').delete(draft.id);
		await pb.admin.collection('initiatives').delete(triBorough.id);
		expect(await next()).toEqual([]);
		expect(await pb.anonymous().collection('data_version').getOne('current')).toEqual(version);
	});

	it('reports a deleted initiative with the councils it named', async () => {
		const initiative = await pb.admin.collection('initiatives').getFirstListItem('lifecycle = "published"', { sort: 'slug' });
		const named = (
			await pb.admin
				.collection('participations')
				.getFullList<ParticipationRecord>({ filter: pb.admin.filter('initiative = {:id}', { id: initiative.id }), expand: 'authority' })
		).map((p) => p.expand!.authority!.code);
		expect(named.length).toBeGreaterThan(0);
		await pb.admin.collection('initiatives').delete(initiative.id);
		const changes = await next();
		expect(changes).not.toBe('everything');
		const councils = new Set((changes as Exclude<typeof changes, 'everything'>).flatMap((change) => (change.listing ? change.councils : [])));
		expect([...councils]).toEqual(expect.arrayContaining(named));
	});

	it('says "everything" when a programme, category or authority changes (they are not audited)', async () => {
		const programme = await pb.admin.collection('programmes').getFirstListItem('');
		await pb.admin.collection('programmes').update(programme.id, { name: `${programme.name} (renamed)` });
		expect(await next()).toBe('everything');
		expect(await next()).toEqual([]);
	});

	it('fails when PocketBase cannot be reached', async () => {
		const unreachable = createChangeReader('http://127.0.0.1:9', null);
		await expect(unreachable(null, AbortSignal.timeout(5000))).rejects.toThrow();
	});
});
