// The migrations that turn annual/total savings and their basis into typed figures, run forwards and back
// on a real PocketBase data folder written under the old schema: each figure classified by the rules the
// seed README states, the aggregates rebuilt per kind and period, and the old columns restored by the downs.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPocketBase, root } from '../../scripts/lib/binary.ts';
import { startPocketBase } from '../../scripts/lib/pocketbase.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { superuserClient } from '../../scripts/lib/superuserClient.ts';

const ours = ['1796000000_add_savings_to_initiatives.js', '1796000001_split_savings_by_measure.js', '1796000002_remove_old_savings_fields.js'];
// Later migrations that rewrite the aggregates these make, so they cannot run on the old schema.
const later = ['1796100006_count_related_once_in_aggregates.js'];
const work = mkdtempSync(join(tmpdir(), 'map-savings-migration-'));
const dataDir = join(work, 'data');
const oldMigrations = join(work, 'old-migrations');
const noHooks = join(work, 'no-hooks');

/** annual, total, basis → what the figures must be (kind and period of the annual figure, then the total's). */
const cases: { slug: string; annual: number; total: number; basis: string; figures: [string, string, number][] }[] = [
	{ slug: 'projected', annual: 40000000, total: 0, basis: 'projected annual saving by 2015/16', figures: [['target', 'annual', 40000000]] },
	{
		slug: 'so-far',
		annual: 0,
		total: 18500000,
		basis: "cumulative savings 'so far' (reported Dec 2011)",
		figures: [['achieved', 'cumulative', 18500000]]
	},
	{
		slug: 'fraud',
		annual: 0,
		total: 15500000,
		basis: 'fraud losses prevented since 2015 – not cashable savings',
		figures: [['avoided', 'cumulative', 15500000]]
	},
	{ slug: 'not-stated', annual: 0, total: 700000, basis: 'combined savings reported (period not stated)', figures: [['unclear', 'unclear', 700000]] },
	{
		slug: 'both',
		annual: 565000,
		total: 895000,
		basis: '£565,000 delivered in 2017/18; £895,000 returned since 2015',
		figures: [
			['achieved', 'annual', 565000],
			['achieved', 'cumulative', 895000]
		]
	},
	{ slug: 'none', annual: 0, total: 0, basis: '', figures: [] }
];

function migrate(dir: string, ...args: string[]) {
	const run = spawnSync(buildPocketBase(), [`--dir=${dataDir}`, `--migrationsDir=${dir}`, `--hooksDir=${noHooks}`, 'migrate', ...args], {
		encoding: 'utf8',
		input: 'y\n'
	});
	// `migrate down` asks for confirmation on stdin; the answer above is yes.
	if (run.status !== 0) throw new Error(run.stderr || run.stdout);
}

function query<T>(sql: string): T[] {
	const db = new DatabaseSync(join(dataDir, 'data.db'), { readOnly: true });
	try {
		return db.prepare(sql).all() as T[];
	} finally {
		db.close();
	}
}

beforeAll(async () => {
	mkdirSync(oldMigrations);
	mkdirSync(noHooks);
	for (const file of readdirSync(join(root, 'pb_migrations')).filter((name) => !ours.includes(name) && !later.includes(name)))
		cpSync(join(root, 'pb_migrations', file), join(oldMigrations, file));
	const superuser = { email: 'superuser@test.invalid', password: 'migration-tests' };
	// The old schema, written through PocketBase itself (without today's hooks, which expect the new one).
	const pb = await startPocketBase({ port: await freePort(), dataDir, superuser, output: 'ignore', migrationsDir: oldMigrations, hooksDir: noHooks });
	try {
		const admin = await superuserClient({ url: pb.url, ...superuser });
		const programme = await admin.collection('programmes').create({ slug: 'shared_services', theme: 'Shared', name: 'Shared services' });
		const category = await admin.collection('categories').create({ slug: 'it', name: 'IT' });
		const authorities = [];
		for (const [code, name] of [
			['E07000001', 'Alpha'],
			['E07000002', 'Beta']
		]) {
			authorities.push(
				await admin.collection('authorities').create({
					code,
					name,
					kind: 'non-metropolitan district',
					tier: 'lower',
					region: 'E12000001',
					region_name: 'North East',
					vintages: ['2012']
				})
			);
		}
		for (const item of cases) {
			const initiative = await admin.collection('initiatives').create({
				slug: item.slug,
				name: item.slug,
				programme: programme.id,
				category: category.id,
				status: 'operational',
				description: 'd',
				annual_savings: item.annual,
				total_savings: item.total,
				savings_basis: item.basis,
				sources: [{ url: 'https://example.org/report', title: 'Report', date: '2019-10' }],
				lifecycle: 'published'
			});
			for (const authority of authorities)
				await admin.collection('participations').create({ initiative: initiative.id, authority: authority.id, role: 'partner' });
		}
	} finally {
		await pb.stop();
	}
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('savings migrations', () => {
	it('convert each figure with the kind its basis gives and the period its column gives, then drop the old columns', () => {
		migrate(join(root, 'pb_migrations'), 'up');
		const rows = query<{ slug: string; savings: string }>('SELECT slug, savings FROM initiatives ORDER BY slug');
		for (const item of cases) {
			const figures = JSON.parse(rows.find((row) => row.slug === item.slug)!.savings) as { kind: string; period: string; amount: number }[];
			expect(
				figures.map((f) => [f.kind, f.period, f.amount]),
				item.slug
			).toEqual(item.figures);
			for (const figure of figures)
				expect(figure).toMatchObject({ scope: '', source: 'https://example.org/report', reported: '2019-10', basis: item.basis });
		}
		const columns = query<{ name: string }>("SELECT name FROM pragma_table_info('initiatives')").map((c) => c.name);
		expect(columns).toContain('savings');
		expect(columns).not.toContain('annual_savings');
	});

	it('rebuild the aggregates per kind and period, an authority getting an equal share', () => {
		const [alpha] = query<{ savings: string }>("SELECT savings FROM authority_stats WHERE code = 'E07000001'");
		const shares = JSON.parse(alpha.savings) as { kind: string; period: string; amount: number; count: number; own: number }[];
		expect(shares).toContainEqual({ kind: 'achieved', period: 'cumulative', amount: (18500000 + 895000) / 2, count: 2, own: 0 });
		expect(shares).toContainEqual({ kind: 'target', period: 'annual', amount: 20000000, count: 1, own: 0 });
		const [region] = query<{ savings: string }>('SELECT savings FROM region_stats');
		expect(JSON.parse(region.savings)).toContainEqual({ kind: 'avoided', period: 'cumulative', amount: 15500000, count: 1 });
		const [year] = query<{ n: number }>('SELECT count(*) AS n FROM coverage_stats');
		expect(year.n).toBeGreaterThan(0);
	});

	it('restore the old columns and aggregates on the way down', () => {
		migrate(join(root, 'pb_migrations'), 'down', String(ours.length + later.length));
		const rows = query<{ slug: string; annual_savings: number; total_savings: number; savings_basis: string }>(
			'SELECT slug, annual_savings, total_savings, savings_basis FROM initiatives'
		);
		for (const item of cases) {
			expect(
				rows.find((row) => row.slug === item.slug),
				item.slug
			).toMatchObject({ annual_savings: item.annual, total_savings: item.total, savings_basis: item.basis });
		}
		const columns = query<{ name: string }>("SELECT name FROM pragma_table_info('initiatives')").map((c) => c.name);
		expect(columns).not.toContain('savings');
		const [alpha] = query<{ annual_savings: number; total_savings: number }>(
			"SELECT annual_savings, total_savings FROM authority_stats WHERE code = 'E07000001'"
		);
		expect(alpha).toEqual({ annual_savings: 40000000 + 565000, total_savings: 18500000 + 15500000 + 700000 + 895000 });
		const [region] = query<{ annual_savings: number }>('SELECT annual_savings FROM region_stats');
		expect(region.annual_savings).toBe(40000000 + 565000);
	});
});
