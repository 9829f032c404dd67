// A council page's list (listInitiativesNaming on the initiative_members view) against the real seed:
// the most recent first, the total, every member with its name, programme and category names, and only
// published initiatives, as the public may see them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInitiativesNaming } from '#lib/server/initiatives.ts';
import { startSeededPocketBase, type SeededPocketBase } from '../support/seededPocketBase.ts';
import type { InitiativeRecord, ParticipationRecord } from '#lib/server/initiatives.ts';

let pb: SeededPocketBase;
/** The council named by the most published initiatives, and those initiatives as PocketBase has them. */
let busiest: { code: string; initiatives: { id: string; slug: string; start_year: number }[] };

beforeAll(async () => {
	pb = await startSeededPocketBase();
	const members = await pb.admin.collection('participations').getFullList<ParticipationRecord>({
		filter: 'initiative.lifecycle = "published"',
		expand: 'authority',
		fields: 'initiative,expand.authority.code'
	});
	const counts = new Map<string, number>();
	for (const member of members) counts.set(member.expand!.authority!.code, (counts.get(member.expand!.authority!.code) ?? 0) + 1);
	const code = [...counts].sort((a, b) => b[1] - a[1])[0][0];
	const initiatives = await pb.admin.collection('initiatives').getFullList<Pick<InitiativeRecord, 'id' | 'slug' | 'start_year'>>({
		filter: pb.admin.filter('lifecycle = "published" && participations_via_initiative.authority.code ?= {:code}', { code }),
		fields: 'id,slug,start_year'
	});
	initiatives.sort((a, b) => b.start_year - a.start_year || (a.id < b.id ? -1 : 1));
	busiest = { code, initiatives: initiatives.map(({ id, slug, start_year }) => ({ id, slug, start_year })) };
});
afterAll(() => pb?.stop());

describe('listInitiativesNaming', () => {
	it('lists the most recent first, at most the limit, with the total and their record ids', async () => {
		const limit = 3;
		expect(busiest.initiatives.length).toBeGreaterThan(limit);
		const listed = await listInitiativesNaming(pb.anonymous(), [busiest.code], limit);
		expect(listed.initiatives.map((i) => i.slug)).toEqual(busiest.initiatives.slice(0, limit).map((i) => i.slug));
		expect(listed.ids).toEqual(busiest.initiatives.slice(0, limit).map((i) => i.id));
		expect(listed.total).toBe(busiest.initiatives.length);
	});

	it('gives each initiative all its members with their names, and its programme and category names', async () => {
		const { initiatives, categoryNames } = await listInitiativesNaming(pb.anonymous(), ['E09000033'], 25);
		const triBorough = initiatives.find((i) => i.slug === 'tri-borough')!;
		expect(triBorough.participations.map((p) => p.code).sort()).toEqual(['E09000013', 'E09000020', 'E09000033']);
		expect(triBorough.participations.find((p) => p.code === 'E09000033')?.name).toBe('Westminster');
		// A plain shared service is in no programme; a pathfinder names its programme.
		expect(triBorough.programme).toBe('');
		const pathfinder = (await listInitiativesNaming(pb.anonymous(), ['E08000010'], 25)).programmeNames;
		expect(pathfinder.capital_asset_pathfinder).toBe('Capital and asset pathfinder programme (CAP)');
		expect(categoryNames[triBorough.category]).toBeTruthy();
	});

	it('counts the whole list when a page is not full, and finds nothing for a council no initiative names', async () => {
		const all = await listInitiativesNaming(pb.anonymous(), [busiest.code], 100);
		expect(all.initiatives).toHaveLength(busiest.initiatives.length);
		expect(all.total).toBe(busiest.initiatives.length);
		expect(await listInitiativesNaming(pb.anonymous(), ['E99999999'], 25)).toMatchObject({ initiatives: [], ids: [], total: 0 });
	});

	it('leaves out an initiative once it is unpublished', async () => {
		const newest = busiest.initiatives[0];
		await pb.admin.collection('initiatives').update(newest.id, { lifecycle: 'draft' });
		try {
			const listed = await listInitiativesNaming(pb.anonymous(), [busiest.code], 100);
			expect(listed.ids).not.toContain(newest.id);
			expect(listed.total).toBe(busiest.initiatives.length - 1);
		} finally {
			await pb.admin.collection('initiatives').update(newest.id, { lifecycle: 'published' });
		}
	});
});
