// The insights figures two ways. The coverage view collections, as the public REST API serves them, against
// aggregates taken straight from the seeded SQLite file: base tables only, placed on each vintage by the
// domain's own placeInitiatives rather than by the views' SQL, and each group's initiatives counted once
// by the domain's own countedInitiatives. And the dashboard as the app computes it in memory
// (src/lib/server/insights.ts) against those views, for every group: the page and the API cannot disagree.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPocketBase, type PocketBaseProcess } from '../../scripts/lib/pocketbase.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { superuserClient } from '../../scripts/lib/superuserClient.ts';
import { vintages, type Tier, type Vintage } from '#lib/domain/authority.ts';
import type { Initiative, PlacedInitiative } from '#lib/domain/initiative.ts';
import { placeInitiatives, type PlacingAuthority } from '#lib/domain/placeInitiatives.ts';
import { readInsights } from '#lib/server/insights.ts';
import { readCoverageScope, readCoverageViews } from '../support/coverageViews.ts';
import { readRegister } from '#lib/server/register.ts';
import { seed } from '#lib/server/seed.ts';
import { arrangementTotals, totalFor } from '#lib/domain/savings/savingsTotals.ts';
import { countedInitiatives, type Relation } from '#lib/domain/relations.ts';
import { pennies } from '../support/savings.ts';
import type { SavingsFigure } from '#lib/domain/savings/savingsFigure.ts';
import type { SavingsTotals } from '#lib/domain/savings/savingsTotals.ts';
import type { Insights } from '#lib/insights/coverage.ts';
import type { InsightsScope } from '#lib/insights/insightsScope.ts';

interface Member extends PlacingAuthority {
	region: string;
	regionName: string;
	tier: Tier;
}
interface Row {
	id: string;
	slug: string;
	name: string;
	category: string;
	programme: string;
	start_year: number;
	savings: string;
}

let pb: PocketBaseProcess;
let dataDir: string;
let db: DatabaseSync;
let anonymous: PocketBase;
let members: Member[];
let published: (Row & { codes: string[] })[];
let relations: Relation[];
const placed = new Map<Vintage, Map<string, string[]>>();

beforeAll(async () => {
	const superuser = { email: 'superuser@test.invalid', password: 'integration-tests' };
	dataDir = mkdtempSync(join(tmpdir(), 'map-pb-insights-'));
	pb = await startPocketBase({ port: await freePort(), dataDir, superuser, output: 'ignore' });
	await seed(await superuserClient({ url: pb.url, ...superuser }), await readRegister());
	anonymous = new PocketBase(pb.url);
	anonymous.autoCancellation(false);
	db = new DatabaseSync(join(dataDir, 'data.db'), { readOnly: true });

	const json = <T = string>(text: string) => JSON.parse(text || '[]') as T[];
	const authorities = db.prepare('SELECT * FROM authorities').all() as Record<string, string>[];
	members = authorities.map((a) => ({
		code: a.code,
		name: a.name,
		region: a.region,
		regionName: a.region_name,
		tier: a.tier as Tier,
		vintages: json<Vintage>(a.vintages),
		successors: json(a.successors),
		predecessors: json(a.predecessors),
		validFrom: a.valid_from || null,
		validTo: a.valid_to || null
	}));
	const rows = db
		.prepare(
			`
		SELECT i.id, i.slug, i.name, c.slug AS category, coalesce(p.slug, '') AS programme, i.start_year, i.savings
		FROM initiatives i JOIN categories c ON c.id = i.category LEFT JOIN programmes p ON p.id = i.programme
		WHERE i.lifecycle = 'published'`
		)
		.all() as unknown as Row[];
	const codesOf = db.prepare('SELECT a.code FROM participations p JOIN authorities a ON a.id = p.authority WHERE p.initiative = ?');
	published = rows.map((row) => ({ ...row, codes: codesOf.all(row.id).map((r) => String(r.code)) }));
	const byId = new Map(rows.map((row) => [row.id, row.slug]));
	relations = (db.prepare('SELECT from_initiative, relation, to_initiative FROM initiative_relations').all() as Record<string, string>[])
		.filter((r) => byId.has(r.from_initiative) && byId.has(r.to_initiative))
		.map((r) => ({
			from: byId.get(r.from_initiative)!,
			relation: r.relation as Relation['relation'],
			to: byId.get(r.to_initiative)!,
			sourceUrl: '',
			note: ''
		}));
	const register = new Map(members.map((m) => [m.code, m]));
	for (const vintage of vintages) {
		const initiatives = published.map((row) => ({ slug: row.slug, participations: row.codes.map((code) => ({ code })) }) as Initiative);
		const onVintage = placeInitiatives(initiatives, register, vintage);
		placed.set(vintage, new Map(onVintage.map((p: PlacedInitiative) => [p.initiative.slug, p.codes])));
	}
});
afterAll(async () => {
	db?.close();
	await pb?.stop();
	if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The direct figures for one group, from the base tables. */
function direct(vintage: Vintage, region: string, tier: string) {
	const inGroup = new Map(
		members
			.filter((m) => m.vintages.includes(vintage) && (region === '' || m.region === region) && (tier === '' || m.tier === tier))
			.map((m) => [m.code, m])
	);
	const reach = (row: (typeof published)[number]) => (placed.get(vintage)!.get(row.slug) ?? []).filter((code) => inGroup.has(code));
	const touching = published.filter((row) => reach(row).length > 0);
	const shared = touching.filter((row) => row.codes.length >= 2);
	// The savings rule (domain/savings) over the stored figures and the relations (domain/relations.ts), in
	// TypeScript: each set counted once. Savings count every initiative touching the set, shared or not.
	const sums = (rows: typeof published) => ({
		savings: pennies(
			arrangementTotals(
				rows.map((r) => ({ slug: r.slug, savings: JSON.parse(r.savings || '[]') as SavingsFigure[] })),
				relations
			)
		)
	});
	const arrangements = (rows: typeof published) => countedInitiatives(rows, relations).length;
	const involved = (rows: typeof published) => new Set(rows.flatMap(reach)).size;
	return { councils: inGroup.size, shared, touching, involved, sums, arrangements };
}

describe('insights against the seeded database', () => {
	it.each(vintages)('counts councils, involvement, arrangements and savings for every group on the %s map', async (vintage) => {
		const { coverage } = await readCoverageScope(anonymous, { vintage, region: null, tier: null });
		const regions = new Set(members.filter((m) => m.vintages.includes(vintage)).map((m) => m.region));
		expect(
			coverage
				.filter((row) => row.tier === '')
				.map((row) => row.region)
				.sort()
		).toEqual(['', ...[...regions].sort()]);
		for (const row of coverage) {
			const expected = direct(vintage, row.region, row.tier);
			expect({ group: `${row.region}/${row.tier}`, ...row, savings: pennies(row.savings) }).toEqual({
				group: `${row.region}/${row.tier}`,
				vintage,
				region: row.region,
				regionName: row.region === '' ? 'England' : members.find((m) => m.region === row.region)!.regionName,
				tier: row.tier,
				councils: expected.councils,
				involved: expected.involved(expected.shared),
				arrangements: expected.arrangements(expected.shared),
				...expected.sums(expected.touching)
			});
		}
	});

	it('agrees with plain SQL on England’s headline figures', async () => {
		const england = (await readCoverageScope(anonymous, { vintage: '2024', region: null, tier: null })).coverage.find(
			(r) => r.region === '' && r.tier === ''
		)!;
		// England holds every published initiative, so one is left out when anything published covers it
		// (for arrangements, anything shared), through any chain of published links.
		const covered = `
			WITH RECURSIVE
			shared(id) AS (SELECT i.id FROM initiatives i WHERE lifecycle = 'published' AND (SELECT count(*) FROM participations p WHERE p.initiative = i.id) >= 2),
			links(part, whole) AS (
				SELECT r.from_initiative, r.to_initiative FROM initiative_relations r
				JOIN initiatives a ON a.id = r.from_initiative JOIN initiatives b ON b.id = r.to_initiative
				WHERE a.lifecycle = 'published' AND b.lifecycle = 'published'),
			covers(initiative, cover) AS (SELECT part, whole FROM links UNION SELECT c.initiative, l.whole FROM covers c JOIN links l ON l.part = c.cover)`;
		const sql = db
			.prepare(
				`${covered}
			SELECT count(*) AS arrangements FROM shared s
			WHERE NOT EXISTS (SELECT 1 FROM covers c JOIN shared o ON o.id = c.cover WHERE c.initiative = s.id)`
			)
			.get()!;
		// Achieved a year: each initiative's whole figure, or the sum of its per-council ones when it gives no whole one.
		const achieved = db
			.prepare(
				`${covered}
			SELECT total(amount) AS amount, count(*) AS n FROM (
				SELECT coalesce(max(CASE WHEN json_extract(f.value, '$.scope') = '' THEN json_extract(f.value, '$.amount') END), total(json_extract(f.value, '$.amount'))) AS amount
				FROM initiatives i, json_each(i.savings) f
				WHERE lifecycle = 'published' AND NOT EXISTS (SELECT 1 FROM covers c WHERE c.initiative = i.id)
				AND json_extract(f.value, '$.kind') = 'achieved' AND json_extract(f.value, '$.period') = 'annual'
				GROUP BY i.id
			)`
			)
			.get()!;
		const councils = db.prepare(`SELECT count(*) AS n FROM authorities a, json_each(a.vintages) v WHERE v.value = '2024'`).get()!;
		expect(england).toMatchObject({ arrangements: sql.arrangements, councils: councils.n });
		expect(totalFor(england.savings, { kind: 'achieved', period: 'annual' })).toMatchObject({ amount: achieved.amount, count: achieved.n });
	});

	const scopes: [Vintage, string | null, Tier | null][] = [
		['2012', null, null],
		['2024', null, null],
		['2024', 'E12000009', null],
		['2024', null, 'lower'],
		['2012', 'E12000008', 'lower'],
		['2024', 'E12000007', 'single']
	];
	it.each(scopes)('breaks down the %s group %s / %s by category, start year and programme', async (vintage, region, tier) => {
		const insights = await readCoverageScope(anonymous, { vintage, region, tier });
		const group = direct(vintage, region ?? '', tier ?? '');
		const categories = db.prepare('SELECT slug, name FROM categories').all() as { slug: string; name: string }[];
		expect(insights.categories).toHaveLength(categories.length);
		for (const category of categories) {
			const rows = group.shared.filter((row) => row.category === category.slug);
			const found = insights.categories.find((c) => c.slug === category.slug)!;
			expect({ ...found, savings: pennies(found.savings) }).toEqual({
				slug: category.slug,
				name: category.name,
				arrangements: group.arrangements(rows),
				involved: group.involved(rows),
				...group.sums(group.touching.filter((row) => row.category === category.slug))
			});
		}
		const years = [...new Set(group.touching.map((row) => row.start_year).filter((year) => year > 0))].sort((a, b) => a - b);
		expect(insights.years.map((y) => y.year)).toEqual(years);
		for (const year of insights.years) {
			const rows = group.shared.filter((row) => row.start_year === year.year);
			expect({ ...year, savings: pennies(year.savings) }).toEqual({
				year: year.year,
				arrangements: group.arrangements(rows),
				...group.sums(group.touching.filter((row) => row.start_year === year.year))
			});
		}
		const programmes = db.prepare('SELECT slug, name FROM programmes').all() as { slug: string; name: string }[];
		expect(insights.programmes).toHaveLength(programmes.length);
		for (const programme of programmes) {
			const rows = group.touching.filter((row) => row.programme === programme.slug);
			expect(insights.programmes.find((p) => p.slug === programme.slug)).toEqual({
				slug: programme.slug,
				name: programme.name,
				initiatives: rows.length,
				involved: group.involved(rows),
				councils: group.councils
			});
		}
	});

	it('answers an unknown group with empty figures rather than failing', async () => {
		const insights = await readCoverageScope(anonymous, { vintage: '2024', region: 'E12000099', tier: null });
		expect(insights.years).toEqual([]);
		expect(insights.categories).toEqual([]);
	});
});

describe('the dashboard as the app computes it', () => {
	const inPennies = (insights: Insights) =>
		JSON.parse(JSON.stringify(insights, (key, value: unknown) => (key === 'savings' ? pennies(value as SavingsTotals) : value))) as Insights;
	const app = { memo: <T>(_key: string, compute: () => Promise<T>) => compute() };

	it.each(vintages)('gives the views’ figures for every group on the %s map, and for a group that does not exist', async (vintage) => {
		const [views, computed] = await Promise.all([readCoverageViews(anonymous, vintage), readInsights({ ...app, pb: anonymous }, vintage)]);
		const scopes: InsightsScope[] = views({ vintage, region: null, tier: null }).coverage.map((row) => ({
			vintage,
			region: row.region || null,
			tier: row.tier || null
		}));
		expect(scopes.length).toBeGreaterThan(30);
		for (const scope of [...scopes, { vintage, region: 'E12000099', tier: null }]) {
			expect({ scope, ...inPennies(computed(scope)) }).toEqual({ scope, ...inPennies(views(scope)) });
		}
	});
});
