// The real seed in a real PocketBase: counts, idempotence, the stats views against direct sums, and the
// API rules (anonymous users read published data and reference data, and write nothing).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClientResponseError } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '#lib/domain/parseCsv.ts';
import { createResolver } from '#lib/domain/resolveAuthority.ts';
import { validateImport, type InitiativeDraft } from '#lib/domain/validateImport.ts';
import { listPublishedInitiatives } from '#lib/server/initiatives.ts';
import { readAliases, withAliases } from '#lib/server/aliases.ts';
import { readCategories, readProgrammes, seed } from '#lib/server/seed.ts';
import { seedDir } from '#lib/server/seedTable.ts';
import { withSavingsSheet } from '#lib/server/importInitiatives.ts';
import { arrangementTotals, authorityTotals } from '#lib/domain/savings/savingsTotals.ts';
import { countedInitiatives, type Relation } from '#lib/domain/relations.ts';
import { listRelations } from '#lib/server/relations.ts';
import type { Totals } from '#lib/domain/stats.ts';
import { pennies } from '../support/savings.ts';
import { authorityStats, categoryStats, programmeStats, regionStats, yearStats } from '#lib/server/stats.ts';
import { startSeededPocketBase, type SeededPocketBase } from '../support/seededPocketBase.ts';

let pb: SeededPocketBase;
let drafts: InitiativeDraft[];

const csvRows = (file: string) => parseCsv(readFileSync(join(seedDir, file))).rows.length - 1;

beforeAll(async () => {
	pb = await startSeededPocketBase();
	const [aliases, programmes, categories] = await Promise.all([readAliases(), readProgrammes(), readCategories()]);
	const context = {
		programmes: programmes.map((p) => p.slug),
		categories: categories.map((c) => c.slug),
		resolver: createResolver(withAliases(pb.register, aliases))
	};
	const validated = validateImport(readFileSync(join(seedDir, 'initiatives.csv')), context);
	expect(validated.problems).toEqual([]);
	const attached = withSavingsSheet(validated.initiatives, readFileSync(join(seedDir, 'savings.csv')), context);
	if ('problems' in attached) throw new Error(JSON.stringify(attached.problems));
	drafts = attached.drafts;
});
afterAll(() => pb?.stop());

async function total(collection: string): Promise<number> {
	return (await pb.admin.collection(collection).getList(1, 1, { requestKey: null })).totalItems;
}

describe('the seed', () => {
	it('loads every row of the seed files and the whole register', async () => {
		expect(await total('programmes')).toBe(csvRows('programmes.csv'));
		expect(await total('categories')).toBe(csvRows('categories.csv'));
		expect(await total('initiatives')).toBe(csvRows('initiatives.csv'));
		expect(csvRows('initiatives.csv')).toBeGreaterThanOrEqual(450);
		expect(await total('authorities')).toBe(pb.register.length);
		expect(await total('participations')).toBe(drafts.reduce((sum, draft) => sum + draft.participations.length, 0));
		expect(pb.seeded.initiatives.created).toHaveLength(csvRows('initiatives.csv'));
	});

	it('resolves every council name (zero unresolved)', () => {
		expect(drafts).toHaveLength(csvRows('initiatives.csv'));
		expect(drafts.every((draft) => draft.participations.length > 0)).toBe(true);
	});

	it('loads every savings figure of savings.csv onto its initiative', async () => {
		const figures = (await listPublishedInitiatives(pb.admin)).flatMap((i) => i.savings);
		expect(figures).toHaveLength(csvRows('savings.csv'));
		expect(new Set(figures.map((f) => f.kind))).toEqual(new Set(['achieved', 'target', 'avoided', 'unclear']));
	});

	it('keeps every source URL', async () => {
		const [header, ...rows] = parseCsv(readFileSync(join(seedDir, 'initiatives.csv'))).rows;
		const column = header.cells.indexOf('source_url');
		const urls = rows.flatMap((row) => row.cells[column].split(' ; ').map((url) => url.trim()));
		const stored = (await listPublishedInitiatives(pb.admin)).flatMap((i) => i.sources.map((s) => s.url));
		expect(stored.sort()).toEqual(urls.sort());
	});

	it('resolves Taunton Deane in 2012 to its own code, not its successor', async () => {
		const initiatives = await listPublishedInitiatives(pb.admin);
		const codes = initiatives.flatMap((i) => i.participations.filter((p) => p.name === 'Taunton Deane').map((p) => p.code));
		expect(codes.length).toBeGreaterThan(0);
		expect(new Set(codes)).toEqual(new Set(['E07000190']));
	});

	it('changes nothing when run again', async () => {
		const before = await pb.admin.collection('initiatives').getFullList({ fields: 'id,updated', requestKey: null });
		const again = await seed(pb.admin, pb.register);
		expect(again.authorities).toEqual({ created: 0, updated: 0, unchanged: pb.register.length });
		expect(again.programmes).toMatchObject({ created: 0, updated: 0 });
		expect(again.categories).toMatchObject({ created: 0, updated: 0 });
		expect(again.initiatives).toMatchObject({ created: [], updated: [] });
		expect(await pb.admin.collection('initiatives').getFullList({ fields: 'id,updated', requestKey: null })).toEqual(before);
	});
});

describe('the stats views', () => {
	// Groups total each arrangement's whole figures and an authority its shares (domain/savings), each over
	// the group's initiatives counted once (countedInitiatives with the seed's relations, applied per group).
	// A group's count is of those counted; an authority's, of every initiative naming it.
	let relations: Relation[];
	beforeAll(async () => {
		relations = await listRelations(pb.anonymous());
		expect(relations.length, 'the seed relates some initiatives').toBeGreaterThan(0);
	});
	const sums = (list: InitiativeDraft[], code?: string): Totals => ({
		count: code ? list.length : countedInitiatives(list, relations).length,
		savings: pennies(code ? authorityTotals(list, code, relations) : arrangementTotals(list, relations))
	});
	const rounded = <T extends Totals>(rows: T[]) => rows.map((row) => ({ ...row, savings: pennies(row.savings) }));
	const groupBy = (keys: (d: InitiativeDraft) => string[]) => {
		const groups = new Map<string, InitiativeDraft[]>();
		for (const draft of drafts) for (const key of new Set(keys(draft))) groups.set(key, [...(groups.get(key) ?? []), draft]);
		return groups;
	};

	it('authority_stats equals the sums over each authority’s initiatives', async () => {
		const expected = [...groupBy((d) => d.participations.map((p) => p.code))].map(([code, list]) => ({
			code,
			...sums(list, code),
			led: list.filter((d) => d.participations.some((p) => p.code === code && p.role === 'lead')).length,
			// A plain shared service is in no programme, so it adds none to the list.
			programmes: [...new Set(list.map((d) => d.programme).filter((programme) => programme !== ''))].sort(),
			categories: [...new Set(list.map((d) => d.category))].sort()
		}));
		const actual = rounded(await authorityStats(pb.anonymous())).map(({ name: _, ...stats }) => stats);
		expect(actual).toEqual(expected.sort((a, b) => a.code.localeCompare(b.code)));
	});

	it('region_stats counts an initiative once per region it touches', async () => {
		const regionOf = new Map(pb.register.map((a) => [a.code, a.region]));
		const expected = [...groupBy((d) => d.participations.map((p) => regionOf.get(p.code)!))]
			.map(([region, list]) => ({ region, ...sums(list) }))
			.sort((a, b) => a.region.localeCompare(b.region));
		expect(rounded(await regionStats(pb.anonymous())).map(({ regionName: _, ...stats }) => stats)).toEqual(expected);
	});

	it('programme_stats and category_stats list every programme and category with their sums', async () => {
		const programmes = await readProgrammes();
		const byProgramme = groupBy((d) => [d.programme]);
		const expected = programmes
			.map(({ slug, name }) => {
				const list = byProgramme.get(slug) ?? [];
				return { slug, name, ...sums(list), authorities: new Set(list.flatMap((d) => d.participations.map((p) => p.code))).size };
			})
			.sort((a, b) => a.slug.localeCompare(b.slug));
		expect(rounded(await programmeStats(pb.anonymous()))).toEqual(expected);
		const byCategory = groupBy((d) => [d.category]);
		const categories = await readCategories();
		expect(categories).toHaveLength(19);
		expect(rounded(await categoryStats(pb.anonymous()))).toEqual(
			categories
				.map(({ slug, name }) => {
					const list = byCategory.get(slug) ?? [];
					return { slug, name, ...sums(list), authorities: new Set(list.flatMap((d) => d.participations.map((p) => p.code))).size };
				})
				.sort((a, b) => a.slug.localeCompare(b.slug))
		);
	});

	it('counts West Dorset–Weymouth with the Dorset partnership that succeeded it, in their region', async () => {
		const slug = 'west-dorset-weymouth-shared-services';
		const successor = relations.find((r) => r.from === slug)?.to;
		const regionOf = new Map(pb.register.map((a) => [a.code, a.region]));
		const region = regionOf.get(drafts.find((d) => d.slug === slug)!.participations[0].code)!;
		const inRegion = drafts.filter((d) => d.participations.some((p) => regionOf.get(p.code) === region));
		expect(inRegion.map((d) => d.slug)).toContain(successor);
		const stats = (await regionStats(pb.anonymous())).find((r) => r.region === region)!;
		expect(stats.count).toBeLessThan(inRegion.length);
		expect(countedInitiatives(inRegion, relations).map((d) => d.slug)).not.toContain(slug);
	});

	it('year_stats equals the sums per known start year', async () => {
		const expected = [...groupBy((d) => (d.startYear === null ? [] : [String(d.startYear)]))]
			.map(([year, list]) => ({ year: Number(year), ...sums(list) }))
			.sort((a, b) => a.year - b.year);
		expect(rounded(await yearStats(pb.anonymous()))).toEqual(expected);
	});
});

describe('API rules', () => {
	const writable = ['authorities', 'programmes', 'categories', 'initiatives', 'participations', 'users'];
	const views = ['authority_stats', 'region_stats', 'programme_stats', 'category_stats', 'year_stats'];

	async function refused(action: () => Promise<unknown>): Promise<number> {
		try {
			await action();
		} catch (error) {
			if (error instanceof ClientResponseError) return error.status;
			throw error;
		}
		throw new Error('the request was allowed');
	}

	it.each(writable)('anonymous users cannot create, update or delete %s', async (collection) => {
		const anonymous = pb.anonymous();
		const [existing] = (await pb.admin.collection(collection).getList(1, 1, { requestKey: null })).items;
		const count = await total(collection);
		expect([400, 403]).toContain(
			await refused(() =>
				anonymous.collection(collection).create({ name: 'x', email: 'x@example.org', password: 'xxxxxxxxxx', passwordConfirm: 'xxxxxxxxxx' })
			)
		);
		if (existing) {
			expect([403, 404]).toContain(await refused(() => anonymous.collection(collection).update(existing.id, { name: 'changed' })));
			expect([403, 404]).toContain(await refused(() => anonymous.collection(collection).delete(existing.id)));
			expect(await pb.admin.collection(collection).getOne(existing.id, { requestKey: null })).toEqual(existing);
		}
		expect(await total(collection)).toBe(count);
	});

	it.each(views)('anonymous users can read %s but not write it', async (view) => {
		const anonymous = pb.anonymous();
		const list = await anonymous.collection(view).getList(1, 5);
		expect(list.totalItems).toBeGreaterThan(0);
		expect([400, 403]).toContain(await refused(() => anonymous.collection(view).create({})));
	});

	it.each(['authorities', 'programmes', 'categories'])('anonymous users can read all %s', async (collection) => {
		expect((await pb.anonymous().collection(collection).getList(1, 1)).totalItems).toBe(await total(collection));
	});

	it('anonymous users see only published initiatives and their participations', async () => {
		const [programme] = (await pb.admin.collection('programmes').getList(1, 1, { requestKey: null })).items;
		const [category] = (await pb.admin.collection('categories').getList(1, 1, { requestKey: null })).items;
		const [authority] = (await pb.admin.collection('authorities').getList(1, 1, { filter: 'code = "E09000033"', requestKey: null })).items;
		const statsBefore = await pb.anonymous().collection('authority_stats').getOne(authority.id);
		const hidden = [];
		for (const lifecycle of ['draft', 'pending']) {
			const initiative = await pb.admin.collection('initiatives').create({
				slug: `hidden-${lifecycle}`,
				name: 'Hidden',
				programme: programme.id,
				category: category.id,
				status: 'planned',
				description: 'Not public yet.',
				sources: [{ url: 'https://example.org', title: 'x', date: '' }],
				lifecycle
			});
			await pb.admin.collection('participations').create({ initiative: initiative.id, authority: authority.id, role: 'lead' });
			hidden.push(initiative);
		}
		try {
			const anonymous = pb.anonymous();
			expect((await anonymous.collection('initiatives').getList(1, 1)).totalItems).toBe(csvRows('initiatives.csv'));
			for (const initiative of hidden) {
				expect(await refused(() => anonymous.collection('initiatives').getOne(initiative.id))).toBe(404);
				expect((await anonymous.collection('participations').getList(1, 1, { filter: `initiative = "${initiative.id}"` })).totalItems).toBe(0);
			}
			expect((await listPublishedInitiatives(pb.admin)).map((i) => i.slug)).not.toContain('hidden-draft');
			expect(await anonymous.collection('authority_stats').getOne(authority.id)).toEqual(statsBefore);
		} finally {
			for (const initiative of hidden) await pb.admin.collection('initiatives').delete(initiative.id);
		}
	});
});
