// authority_stats is a table, kept by pb_hooks/authorityStats.pb.js. Whatever is written, and
// however, its rows as the public reads them equal the per-authority aggregate taken here straight from
// the base tables of the SQLite file: one row per authority with a published initiative, none for the rest,
// its shares over its initiatives counted once (domain/relations.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPocketBase, root } from '../../scripts/lib/binary.ts';
import { startPocketBase, type PocketBaseProcess } from '../../scripts/lib/pocketbase.ts';
import { superuserClient } from '../../scripts/lib/superuserClient.ts';
import { loadSyntheticSql } from '../bench/loadSyntheticSql.ts';
import { client } from '../support/actors.ts';
import { authorityShare, type AuthorityShare } from '#lib/domain/savings/authorityShare.ts';
import { savingsTotals, storedTotals, type SavingsTotals } from '#lib/domain/savings/savingsTotals.ts';
import { pennies } from '../support/savings.ts';
import { countedWithin, type Relation } from '#lib/domain/relations.ts';
import { startSeededPocketBase, type SeededPocketBase } from '../support/seededPocketBase.ts';
import type { SavingsFigure } from '#lib/domain/savings/savingsFigure.ts';

interface StatsRow {
	id: string;
	code: string;
	name: string;
	count: number;
	savings: SavingsTotals;
	led: number;
	/** Programme slugs; null for initiatives in no programme (a plain shared service). */
	programmes: (string | null)[];
	categories: string[];
}

let pb: SeededPocketBase;
/** PocketBase once a test has restarted it (same data folder and port). */
let restarted: PocketBaseProcess | null = null;
let admin: PocketBase;
let authorityId: Map<string, string>;
let programmes: { id: string; slug: string }[];
let categories: { id: string; slug: string }[];
let unique = 0;

beforeAll(async () => {
	pb = await startSeededPocketBase();
	admin = pb.admin;
	authorityId = new Map(
		(await admin.collection('authorities').getFullList<{ id: string; code: string }>({ fields: 'id,code', batch: 1000 })).map((a) => [a.code, a.id])
	);
	programmes = await admin.collection('programmes').getFullList<{ id: string; slug: string }>({ fields: 'id,slug', sort: 'slug' });
	categories = await admin.collection('categories').getFullList<{ id: string; slug: string }>({ fields: 'id,slug', sort: 'slug' });
});
afterAll(async () => {
	await restarted?.stop();
	await pb?.stop();
});

function openDb(readOnly = true): DatabaseSync {
	return new DatabaseSync(join(pb.dataDir, 'data.db'), { readOnly });
}

/** What the rows must be: published participations read from data.db, with each authority's shares by the savings rule (domain/savings). */
function expected(): StatsRow[] {
	const db = openDb();
	try {
		const participations = db
			.prepare(
				`
			SELECT a.id, a.code, a.name, p.role, i.id AS initiative, i.savings, pr.slug AS programme, c.slug AS category,
			(SELECT json_group_array(pa.code) FROM participations q JOIN authorities pa ON pa.id = q.authority WHERE q.initiative = i.id) AS named
			FROM participations p
			JOIN authorities a ON a.id = p.authority
			JOIN initiatives i ON i.id = p.initiative
			LEFT JOIN programmes pr ON pr.id = i.programme
			JOIN categories c ON c.id = i.category
			WHERE i.lifecycle = 'published'`
			)
			.all() as unknown as {
			id: string;
			code: string;
			initiative: string;
			name: string;
			role: string;
			savings: string | null;
			named: string;
			programme: string | null;
			category: string;
		}[];
		// Links between published initiatives, by record id: an authority's shares count each of its initiatives once.
		const relations = (
			db
				.prepare(
					`
			SELECT r.from_initiative AS "from", r.relation, r.to_initiative AS "to" FROM initiative_relations r
			JOIN initiatives a ON a.id = r.from_initiative JOIN initiatives b ON b.id = r.to_initiative
			WHERE a.lifecycle = 'published' AND b.lifecycle = 'published'`
				)
				.all() as unknown as Relation[]
		).map((r) => ({ ...r, sourceUrl: '', note: '' }));
		const counts = countedWithin(relations);
		const rows = new Map<string, StatsRow & { shares: { initiative: string; shares: AuthorityShare[] }[] }>();
		for (const p of participations) {
			const row = rows.get(p.id) ?? {
				id: p.id,
				code: p.code,
				name: p.name,
				count: 0,
				savings: [],
				shares: [],
				led: 0,
				programmes: [],
				categories: []
			};
			row.count++;
			row.shares.push({
				initiative: p.initiative,
				shares: authorityShare((JSON.parse(p.savings || '[]') as SavingsFigure[] | null) ?? [], JSON.parse(p.named) as string[], p.code)
			});
			if (p.role === 'lead') row.led++;
			if (!row.programmes.includes(p.programme)) row.programmes.push(p.programme);
			if (!row.categories.includes(p.category)) row.categories.push(p.category);
			rows.set(p.id, row);
		}
		return [...rows.values()]
			.map(({ shares, ...row }) => {
				const set = new Set(shares.map((s) => s.initiative));
				const counted = shares.filter((s) => counts(s.initiative, set)).flatMap((s) => s.shares);
				return { ...row, savings: pennies(savingsTotals(counted)), programmes: row.programmes.sort(), categories: row.categories.sort() };
			})
			.sort((a, b) => a.code.localeCompare(b.code));
	} finally {
		db.close();
	}
}

/** authority_stats as anyone reads it through PocketBase's API. */
async function stored(): Promise<StatsRow[]> {
	const records = await client(pb.url)
		.collection('authority_stats')
		.getFullList<Omit<StatsRow, 'savings'> & { savings: unknown; collectionId: string; collectionName: string }>({ sort: 'code', batch: 1000 });
	return records.map(({ collectionId: _, collectionName: __, ...row }) => ({
		...(row as StatsRow),
		savings: pennies(storedTotals(row.savings)),
		programmes: [...row.programmes].sort(),
		categories: [...row.categories].sort()
	}));
}

const rowOf = async (code: string) => (await stored()).find((row) => row.code === code);

/** Codes of authorities with no published initiative (so no row), as many as asked for. */
function rowless(count: number): string[] {
	const withRow = new Set(expected().map((row) => row.code));
	return [...authorityId.keys()]
		.filter((code) => !withRow.has(code))
		.sort()
		.slice(0, count);
}

/** A whole-arrangement figure, or one council's, as the initiatives collection stores it. */
function saving(amount: number, kind = 'achieved', period = 'annual', scope = '') {
	return { amount, kind, period, fromYear: null, toYear: null, scope, reported: '2020', source: 'https://example.org/stats', basis: 'spec figure' };
}

async function createInitiative(
	lifecycle: string,
	members: [code: string, role: 'lead' | 'partner'][],
	fields: Record<string, unknown> = {}
): Promise<string> {
	const slug = `stats-spec-${++unique}`;
	const { id } = await admin.collection('initiatives').create({
		slug,
		name: `Stats spec ${unique}`,
		programme: programmes[0].id,
		category: categories[0].id,
		status: 'operational',
		description: 'Made by the authority_stats spec.',
		sources: [{ url: 'https://example.org/stats', title: 'Spec', date: '' }],
		lifecycle,
		...fields
	});
	for (const [code, role] of members) await admin.collection('participations').create({ initiative: id, authority: authorityId.get(code), role });
	return id;
}

/** Runs a PocketBase migrate command on the data folder (PocketBase must be stopped). */
function migrate(...args: string[]): void {
	const run = spawnSync(
		buildPocketBase(),
		['migrate', ...args, `--dir=${pb.dataDir}`, `--migrationsDir=${join(root, 'pb_migrations')}`, `--hooksDir=${join(root, 'pb_hooks')}`],
		{ input: 'y\n', encoding: 'utf8' }
	);
	expect(run.status, run.stderr || run.stdout).toBe(0);
}

async function stopPocketBase(): Promise<void> {
	await (restarted ? restarted.stop() : pb.stopKeepingData());
}

async function restartPocketBase(): Promise<void> {
	restarted = await startPocketBase({ port: Number(new URL(pb.url).port), dataDir: pb.dataDir, superuser: pb.superuser, output: 'ignore' });
	// Starting re-upserts the superuser, which ends its earlier sessions.
	admin = await superuserClient({ url: pb.url, ...pb.superuser });
}

describe('authority_stats', () => {
	it('after the seed, has one row per authority with a published initiative, equal to the aggregate over data.db', async () => {
		const rows = await stored();
		expect(rows.length).toBeGreaterThan(200);
		expect(rows).toEqual(expected());
	});

	it('ignores drafts, counts an initiative once published and forgets it when unpublished', async () => {
		const before = await stored();
		const [newcomer] = rowless(1);
		const regular = before[0].code;
		const id = await createInitiative(
			'draft',
			[
				[newcomer, 'lead'],
				[regular, 'partner']
			],
			{ savings: [saving(50_000)] }
		);
		expect(await stored()).toEqual(before);

		await admin.collection('initiatives').update(id, { lifecycle: 'published' });
		expect(await stored()).toEqual(expected());
		expect(await rowOf(newcomer)).toMatchObject({
			count: 1,
			led: 1,
			savings: [{ kind: 'achieved', period: 'annual', amount: 25_000, count: 1, own: 0 }],
			programmes: [programmes[0].slug]
		});
		expect((await rowOf(regular))!.count).toBe(before[0].count + 1);

		await admin.collection('initiatives').update(id, { lifecycle: 'pending' });
		expect(await stored()).toEqual(before);
		expect(await rowOf(newcomer)).toBeUndefined();
	});

	it('follows changes to savings, programme and category', async () => {
		const [code] = rowless(1);
		const id = await createInitiative('published', [[code, 'lead']], { savings: [saving(1_000)] });
		await admin.collection('initiatives').update(id, { savings: [saving(250_000, 'target', 'cumulative')] });
		expect(await stored()).toEqual(expected());
		expect(await rowOf(code)).toMatchObject({ savings: [{ kind: 'target', period: 'cumulative', amount: 250_000, count: 1, own: 0 }] });

		await admin.collection('initiatives').update(id, { programme: programmes[1].id, category: categories[1].id });
		expect(await stored()).toEqual(expected());
		expect(await rowOf(code)).toMatchObject({ programmes: [programmes[1].slug], categories: [categories[1].slug] });
	});

	it('follows participations added, changed and removed', async () => {
		const [first, second] = rowless(2);
		const id = await createInitiative('published', [[first, 'lead']], { savings: [saving(90_000), saving(7_000, 'achieved', 'annual', first)] });
		const added = await admin.collection('participations').create({ initiative: id, authority: authorityId.get(second), role: 'partner' });
		expect(await stored()).toEqual(expected());
		expect(await rowOf(second)).toMatchObject({
			count: 1,
			led: 0,
			savings: [{ kind: 'achieved', period: 'annual', amount: 45_000, count: 1, own: 0 }]
		});
		// The first keeps its own figure rather than an equal share.
		expect(await rowOf(first)).toMatchObject({ savings: [{ kind: 'achieved', period: 'annual', amount: 7_000, count: 1, own: 1 }] });

		await admin.collection('participations').update(added.id, { role: 'lead' });
		expect(await rowOf(second)).toMatchObject({ count: 1, led: 1 });

		// Moved to another authority: the one it leaves loses its row, the one it joins gains it.
		const [third] = rowless(1);
		await admin.collection('participations').update(added.id, { authority: authorityId.get(third) });
		expect(await stored()).toEqual(expected());
		expect(await rowOf(second)).toBeUndefined();

		await admin.collection('participations').delete(added.id);
		expect(await stored()).toEqual(expected());
		expect(await rowOf(third)).toBeUndefined();
		expect(await rowOf(first)).toMatchObject({ count: 1 });
		expect(await stored()).toEqual(expected());
	});

	it('forgets a deleted initiative, whose participations are deleted with it', async () => {
		const before = await stored();
		const [code] = rowless(1);
		const id = await createInitiative(
			'published',
			[
				[code, 'lead'],
				[before[1].code, 'partner'],
				[before[2].code, 'partner']
			],
			{ savings: [saving(9_000, 'achieved', 'cumulative')] }
		);
		expect(await stored()).toEqual(expected());
		await admin.collection('initiatives').delete(id);
		expect(await stored()).toEqual(before);
		expect(await stored()).toEqual(expected());
	});

	it('credits a council in a part and its parent once, following relations and what is published', async () => {
		const [shared, partOnly, parentOnly] = rowless(3);
		const parent = await createInitiative(
			'published',
			[
				[shared, 'lead'],
				[parentOnly, 'partner']
			],
			{ savings: [saving(40_000)] }
		);
		const part = await createInitiative(
			'published',
			[
				[shared, 'lead'],
				[partOnly, 'partner']
			],
			{ savings: [saving(10_000)] }
		);
		const both = [{ kind: 'achieved', period: 'annual', amount: 25_000, count: 2, own: 0 }];
		const parentShare = [{ kind: 'achieved', period: 'annual', amount: 20_000, count: 1, own: 0 }];
		expect(await rowOf(shared)).toMatchObject({ count: 2, savings: both });

		const link = await admin.collection('initiative_relations').create({ from_initiative: part, relation: 'part_of', to_initiative: parent });
		expect(await rowOf(shared)).toMatchObject({ count: 2, savings: parentShare });
		// Only in the part: nothing covering it names this council, so it keeps its share.
		expect(await rowOf(partOnly)).toMatchObject({ savings: [{ kind: 'achieved', period: 'annual', amount: 5_000, count: 1, own: 0 }] });
		expect(await stored()).toEqual(expected());

		// An unpublished parent stands for nothing.
		await admin.collection('initiatives').update(parent, { lifecycle: 'pending' });
		expect(await rowOf(shared)).toMatchObject({ count: 1, savings: [{ kind: 'achieved', period: 'annual', amount: 5_000, count: 1, own: 0 }] });
		await admin.collection('initiatives').update(parent, { lifecycle: 'published' });
		expect(await rowOf(shared)).toMatchObject({ savings: parentShare });

		await admin.collection('initiative_relations').update(link.id, { relation: 'succeeded_by' });
		expect(await rowOf(shared)).toMatchObject({ savings: parentShare });
		await admin.collection('initiative_relations').delete(link.id);
		expect(await rowOf(shared)).toMatchObject({ savings: both });
		expect(await stored()).toEqual(expected());
	});

	it('follows a renamed authority and a programme or category given a new slug', async () => {
		const [row] = await stored();
		await admin.collection('authorities').update(row.id, { name: `${row.name} (renamed)` });
		expect(await rowOf(row.code)).toMatchObject({ name: `${row.name} (renamed)` });
		await admin.collection('authorities').update(row.id, { name: row.name });

		const used = programmes.find((p) => expected().some((r) => r.programmes.includes(p.slug)))!;
		await admin.collection('programmes').update(used.id, { slug: `${used.slug}_renamed` });
		expect(await stored()).toEqual(expected());
		expect((await stored()).some((r) => r.programmes.includes(`${used.slug}_renamed`))).toBe(true);
		await admin.collection('programmes').update(used.id, { slug: used.slug });

		const category = categories.find((c) => expected().some((r) => r.categories.includes(c.slug)))!;
		await admin.collection('categories').update(category.id, { slug: `${category.slug}_renamed` });
		expect(await stored()).toEqual(expected());
		await admin.collection('categories').update(category.id, { slug: category.slug });
		expect(await stored()).toEqual(expected());
	});

	it('leaves the rows alone on an edit the totals do not read, and recomputes them on one they do', async () => {
		const [code] = rowless(1);
		const id = await createInitiative('published', [[code, 'lead']], { savings: [saving(2_000)] });
		const row = (await rowOf(code))!;
		// A planted figure shows whether a write recomputed the row (only a superuser can write one).
		await admin.collection('authority_stats').update(row.id, { count: 999 });

		await admin.collection('initiatives').update(id, { description: 'Only the description changes.', name: 'Renamed too' });
		expect(await rowOf(code)).toEqual({ ...row, count: 999 });

		await admin.collection('initiatives').update(id, { savings: [saving(3_000)] });
		expect(await rowOf(code)).toEqual({ ...row, savings: [{ kind: 'achieved', period: 'annual', amount: 3_000, count: 1, own: 0 }] });
		expect(await stored()).toEqual(expected());
	});

	it('leaves every row as it was when a write fails, or a batch fails part-way', async () => {
		const before = await stored();
		const [code] = rowless(1);
		const id = await createInitiative('published', [[code, 'lead']]);
		const withNew = await stored();
		// A second participation of the same authority breaks the unique index.
		await expect(admin.collection('participations').create({ initiative: id, authority: authorityId.get(code), role: 'partner' })).rejects.toThrow();
		expect(await stored()).toEqual(withNew);

		const batch = admin.createBatch();
		batch.collection('initiatives').update(id, { savings: [saving(70_000)] });
		batch.collection('participations').create({ initiative: id, authority: authorityId.get(before[0].code), role: 'partner' });
		batch.collection('initiatives').update(id, { lifecycle: 'not-a-lifecycle' });
		await expect(batch.send()).rejects.toThrow();
		expect(await stored()).toEqual(withNew);
		expect(await stored()).toEqual(expected());
	});

	it('is rebuilt at start-up, so data written with PocketBase stopped is counted', async () => {
		const [code] = rowless(1);
		const seededRow = (await stored())[0];
		await stopPocketBase();
		// As the benchmarks load data and a restored backup arrives: no hook sees these writes.
		loadSyntheticSql(pb.dataDir, [
			{
				id: 'synaroundpb0001',
				slug: 'synthetic-900001',
				name: 'Written around PocketBase',
				programme: programmes[0].slug,
				category: categories[0].slug,
				status: 'operational',
				startYear: 2020,
				annualSavings: 12_345,
				members: [code, seededRow.code]
			}
		]);
		const db = openDb(false);
		db.prepare('UPDATE authority_stats SET count = 999 WHERE id = ?').run(seededRow.id);
		db.prepare(
			"INSERT INTO authority_stats (id, code, name, count, programmes, categories) VALUES ('stale0000000001', 'E99999999', 'Stale', 1, '[]', '[]')"
		).run();
		db.close();

		await restartPocketBase();
		expect(await stored()).toEqual(expected());
		expect(await rowOf(code)).toMatchObject({
			count: 1,
			led: 1,
			savings: [{ kind: 'achieved', period: 'annual', amount: 12_345 / 2, count: 1, own: 0 }]
		});
		expect(await rowOf('E99999999')).toBeUndefined();
		expect((await rowOf(seededRow.code))!.count).toBe(seededRow.count + 1);
	});

	it('comes from a migration that reverts to the view it replaced and back', async () => {
		const read = () => {
			const db = openDb();
			try {
				const collection = db.prepare("SELECT type, options FROM _collections WHERE name = 'authority_stats'").get() as {
					type: string;
					options: string;
				};
				const rows = (db.prepare('SELECT * FROM authority_stats ORDER BY code').all() as Record<string, unknown>[]).map((row) => ({
					...row,
					programmes: (JSON.parse(String(row.programmes)) as (string | null)[]).sort(),
					categories: (JSON.parse(String(row.categories)) as string[]).sort()
				}));
				return { ...collection, rows };
			} finally {
				db.close();
			}
		};
		const rows = await stored();
		await stopPocketBase();
		// PocketBase reverts the most recently applied first (its own system migrations included): this one
		// and any applied after it.
		const db = openDb();
		const applied = (
			db.prepare("SELECT file FROM _migrations ORDER BY substr(applied || '0000000000000000', 0, 17) DESC, file DESC").all() as { file: string }[]
		).map((row) => row.file);
		db.close();
		const since = applied.indexOf('1795900000_materialise_authority_stats.js') + 1;
		expect(since).toBeGreaterThan(0);

		// Reverting that far also reverts the savings migrations, which reclassify figures from their basis on
		// the way back up (1796000000): the counts, roles, programmes and categories must come back unchanged.
		const unchanged = (list: { code: string; count: unknown; led: unknown; programmes: unknown; categories: unknown }[]) =>
			list.map(({ code, count, led, programmes, categories }) => ({ code, count, led, programmes, categories }));
		migrate('down', String(since));
		const view = read();
		expect(view.type).toBe('view');
		expect((JSON.parse(view.options) as { viewQuery: string }).viewQuery).toContain('GROUP BY a.code');
		// Going down also returns the initiatives in no programme to the shared_services listing (1796100003).
		const listedAgain = unchanged(rows).map((row) => ({
			...row,
			programmes: [...new Set((row.programmes as (string | null)[]).map((slug) => slug ?? 'shared_services'))].sort()
		}));
		expect(unchanged(view.rows as never)).toEqual(listedAgain);

		// Filled by the migrations themselves, before any start-up rebuild.
		migrate('up');
		const table = read();
		expect(table.type).toBe('base');
		expect(
			table.rows.map((row) => ({ ...row, savings: pennies(storedTotals(JSON.parse(String((row as Record<string, unknown>).savings)))) }))
		).toEqual(expected());

		await restartPocketBase();
		expect(unchanged(await stored())).toEqual(unchanged(rows));
		expect(await stored()).toEqual(expected());
	});
});
